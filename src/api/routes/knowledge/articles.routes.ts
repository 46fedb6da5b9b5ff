import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { createArticle } from "../../../core/knowledge/create-article.js";
import { editArticle, restoreVersion } from "../../../core/knowledge/edit-article.js";
import { listArticles, readArticle } from "../../../core/knowledge/read-articles.js";
import type { AppContext } from "../../../platform/context.js";
import type { Repositories } from "../../../db/repositories.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses, IdParams, ListOf } from "../../schemas/common.js";
import { ArticleSchema, ArticleStateSchema, ArticleSummarySchema, AudienceSchema } from "../../schemas/knowledge.schemas.js";
import { presentArticle, presentSummary } from "./article-presenter.js";

const Title = Type.String({ minLength: 1, maxLength: 200 });
const Markdown = Type.String({ minLength: 1, maxLength: 100_000 });
const TopicIds = Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 20 });

/** The ports article use cases need, bound to one transaction. */
export const articleDeps = (ctx: AppContext, repos: Repositories) => ({
  articles: repos.articles,
  versions: repos.versions,
  phrasings: repos.phrasings,
  topics: repos.topics,
  search: repos.search,
  events: repos.events,
  clock: ctx.clock,
});

/** Knowledge base articles: write, read, list, edit, move through KCS states, restore versions. */
export function articlesRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      "/articles",
      {
        schema: {
          tags: ["knowledge"],
          summary: "Articles the caller may read",
          querystring: Type.Object({
            topicId: Type.Optional(Type.Integer({ minimum: 1 })),
            audience: Type.Optional(AudienceSchema),
            state: Type.Optional(ArticleStateSchema),
            mine: Type.Optional(Type.Boolean()),
            sort: Type.Optional(Type.Union([Type.Literal("updated"), Type.Literal("title"), Type.Literal("helpful")])),
            cursor: Type.Optional(Type.String({ maxLength: 200 })),
            limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
          }),
          response: { 200: ListOf(ArticleSummarySchema), ...errorResponses(400, 401) },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const { mine, ...filter } = request.query;
        const page = await listArticles(ctx.repos, actor, { ...filter, authorId: mine ? actor.id : undefined });
        return { items: page.items.map(presentSummary), nextCursor: page.nextCursor };
      },
    );

    app.post(
      "/articles",
      {
        schema: {
          tags: ["knowledge"],
          summary: "Write an article (anyone drafts; helpers and tech publish as unvalidated; tech may use any state)",
          body: Body({ title: Title, body: Markdown, topicIds: Type.Optional(TopicIds), audience: AudienceSchema, state: Type.Optional(ArticleStateSchema) }),
          response: { 201: ArticleSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const article = await ctx.tx((repos) => createArticle(articleDeps(ctx, repos), actorOf(request), request.body));
        return reply.status(201).send(await presentArticle(ctx.repos.people, article));
      },
    );

    app.get(
      "/articles/:id",
      {
        schema: {
          tags: ["knowledge"],
          summary: "One article; `view=true` counts a view (the web app sends it when a person opens it)",
          params: IdParams,
          querystring: Type.Object({ view: Type.Optional(Type.Boolean()) }),
          response: { 200: ArticleSchema, ...errorResponses(401, 404) },
        },
      },
      async (request) => presentArticle(ctx.repos.people, await readArticle(ctx.repos, actorOf(request), request.params.id, { countView: request.query.view })),
    );

    app.patch(
      "/articles/:id",
      {
        schema: {
          tags: ["knowledge"],
          summary: "Edit (a new version) and/or move the state; send the current version",
          params: IdParams,
          body: Body({
            version: Type.Integer({ minimum: 1 }),
            title: Type.Optional(Title),
            body: Type.Optional(Markdown),
            topicIds: Type.Optional(TopicIds),
            audience: Type.Optional(AudienceSchema),
            state: Type.Optional(ArticleStateSchema),
            note: Type.Optional(Type.String({ maxLength: 500 })),
          }),
          response: { 200: ArticleSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const article = await ctx.tx((repos) => editArticle(articleDeps(ctx, repos), actorOf(request), request.params.id, request.body));
        return presentArticle(ctx.repos.people, article);
      },
    );

    app.post(
      "/articles/:id/restore",
      {
        schema: {
          tags: ["knowledge"],
          summary: "Bring back an earlier version's text as a new version",
          params: IdParams,
          body: Body({ version: Type.Integer({ minimum: 1 }), restore: Type.Integer({ minimum: 1 }) }),
          response: { 200: ArticleSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const article = await ctx.tx((repos) => restoreVersion(articleDeps(ctx, repos), actorOf(request), request.params.id, request.body));
        return presentArticle(ctx.repos.people, article);
      },
    );
  };
}
