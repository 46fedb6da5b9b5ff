import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { captureArticle, linkArticle, requestArticles, unlinkArticle } from "../../../core/knowledge/link-articles.js";
import type { ArticleLink, Article } from "../../../core/knowledge/knowledge.types.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses, IdParams, ListOf } from "../../schemas/common.js";
import { ArticleSchema, LinkedArticleSchema, LinkKindSchema } from "../../schemas/knowledge.schemas.js";
import { presentArticle } from "./article-presenter.js";
import { articleDeps } from "./articles.routes.js";

/** Knowledge in the workflow: articles linked to a request, and capturing a new one from it. */
export function requestArticlesRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      "/requests/:id/articles",
      {
        schema: {
          tags: ["knowledge"],
          summary: "Articles linked to a request, including those the requester read before asking (kind viewed)",
          params: IdParams,
          response: { 200: ListOf(LinkedArticleSchema), ...errorResponses(401, 404) },
        },
      },
      async (request) => {
        const linked = await requestArticles({ ...ctx.repos, clock: ctx.clock }, actorOf(request), request.params.id);
        return { items: linked.map(presentLinked), nextCursor: null };
      },
    );

    app.post(
      "/requests/:id/articles",
      {
        schema: {
          tags: ["knowledge"],
          summary: "Link an article to the request being answered: it solved it, or it was referenced",
          params: IdParams,
          body: Body({ articleId: Type.Integer({ minimum: 1 }), kind: Type.Union([Type.Literal("solved_by"), Type.Literal("referenced")]) }),
          response: { 201: LinkedArticleSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const linked = await ctx.tx((repos) =>
          linkArticle({ requests: repos.requests, articles: repos.articles, links: repos.links, events: repos.events, clock: ctx.clock }, actorOf(request), request.params.id, request.body),
        );
        return reply.status(201).send(presentLinked(linked));
      },
    );

    app.delete(
      "/requests/:id/articles/:articleId",
      {
        schema: {
          tags: ["knowledge"],
          summary: "Remove a link",
          params: Type.Object({ id: IdParams.properties.id, articleId: IdParams.properties.id }),
          querystring: Type.Object({ kind: LinkKindSchema }),
          response: { 204: Type.Null(), ...errorResponses(401, 403, 404) },
        },
      },
      async (request, reply) => {
        await ctx.tx((repos) =>
          unlinkArticle({ requests: repos.requests, articles: repos.articles, links: repos.links, events: repos.events, clock: ctx.clock }, actorOf(request), request.params.id, {
            articleId: request.params.articleId,
            kind: request.query.kind,
          }),
        );
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/requests/:id/capture",
      {
        schema: {
          tags: ["knowledge"],
          summary: "Write an article from this resolved request: a draft with the requester's words and the answer, linked as created_from",
          params: IdParams,
          response: { 201: ArticleSchema, ...errorResponses(401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const article = await ctx.tx((repos) =>
          captureArticle({ ...articleDeps(ctx, repos), requests: repos.requests, links: repos.links, messages: repos.messages }, actorOf(request), request.params.id),
        );
        return reply.status(201).send(await presentArticle(ctx.repos.people, article));
      },
    );
  };
}

/** A link as LinkedArticleSchema answers it: the link with the article's title and state. */
function presentLinked({ link, article }: { link: ArticleLink; article: Article }) {
  return { articleId: link.articleId, requestId: link.requestId, kind: link.kind, title: article.title, state: article.state, createdAt: link.createdAt };
}
