import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { knowledgeStats } from "../../../core/knowledge/knowledge-stats.js";
import { articleHistory, articleLinks, giveArticleFeedback } from "../../../core/knowledge/read-articles.js";
import { loadVisibleMany } from "../../../core/requests/request-deps.js";
import type { AppContext } from "../../../platform/context.js";
import { renderMarkdown } from "../../../platform/markdown.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses, IdParams, ListOf } from "../../schemas/common.js";
import { ArticleSchema, ArticleVersionSchema, LinkKindSchema } from "../../schemas/knowledge.schemas.js";
import { presentArticle, presentVersions } from "./article-presenter.js";

/** Around an article: its history, "did this solve it?", the requests it solved, and Markdown preview. */
export function articleExtrasRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      "/articles/:id/versions",
      { schema: { tags: ["knowledge"], summary: "Version history, newest first", params: IdParams, response: { 200: ListOf(ArticleVersionSchema), ...errorResponses(401, 404) } } },
      async (request) => ({ items: await presentVersions(ctx.repos.people, await articleHistory(ctx.repos, actorOf(request), request.params.id)), nextCursor: null }),
    );

    app.post(
      "/articles/:id/feedback",
      {
        schema: {
          tags: ["knowledge"],
          summary: '"Did this solve it?" on an article',
          params: IdParams,
          body: Body({ helped: Type.Boolean() }),
          response: { 200: ArticleSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const article = await ctx.tx((repos) =>
          giveArticleFeedback({ articles: repos.articles, feedback: repos.feedback, events: repos.events, clock: ctx.clock }, actorOf(request), request.params.id, request.body.helped),
        );
        return presentArticle(ctx.repos.people, article);
      },
    );

    app.get(
      "/articles/:id/requests",
      {
        schema: {
          tags: ["knowledge"],
          summary: "Requests this article solved, was referenced in or was written from (those the caller may see)",
          params: IdParams,
          response: {
            200: ListOf(Type.Object({ requestId: Type.Integer(), kind: LinkKindSchema, title: Type.String(), status: Type.String(), createdAt: Type.String() })),
            ...errorResponses(401, 404),
          },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const links = await articleLinks(ctx.repos, actor, request.params.id);
        // One query for all of them, though a request may be linked several ways (viewed, then solved_by).
        const visible = new Map((await loadVisibleMany(ctx.repos.requests, actor, links.map((l) => l.requestId))).map((r) => [r.id, r]));
        const items = links.flatMap((link) => {
          const linked = visible.get(link.requestId);
          return linked ? [{ requestId: linked.id, kind: link.kind, title: linked.title, status: linked.status, createdAt: link.createdAt }] : [];
        });
        return { items, nextCursor: null };
      },
    );

    app.get(
      "/knowledge/stats",
      {
        config: { roles: ["tech", "admin", "leader"] },
        schema: {
          tags: ["knowledge"],
          summary: "KCS figures for a window [from, to): link rate, deflection rate, articles by state (default: the last 30 days)",
          querystring: Type.Object({ from: Type.Optional(Type.String({ format: "date-time" })), to: Type.Optional(Type.String({ format: "date-time" })) }),
          response: {
            200: Type.Object({
              from: Type.String(),
              to: Type.String(),
              resolvedRequests: Type.Integer(),
              linkedResolvedRequests: Type.Integer(),
              linkRate: Type.Union([Type.Number(), Type.Null()]),
              deflections: Type.Integer(),
              requestsSubmitted: Type.Integer(),
              deflectionRate: Type.Union([Type.Number(), Type.Null()]),
              articlesByState: Type.Record(Type.String(), Type.Integer()),
            }),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        // The window is [from, to): by default it ends just after now, so what happened this instant counts.
        const to = request.query.to ? new Date(request.query.to) : new Date(ctx.clock.now().getTime() + 1);
        const from = request.query.from ? new Date(request.query.from) : new Date(to.getTime() - 30 * 86_400_000);
        return knowledgeStats({ stats: ctx.repos.knowledgeStats }, actorOf(request), { from: from.toISOString(), to: to.toISOString() });
      },
    );

    app.post(
      "/articles/preview",
      {
        schema: {
          tags: ["knowledge"],
          summary: "Render Markdown exactly as an article would show it (sanitized)",
          body: Body({ body: Type.String({ maxLength: 100_000 }) }),
          response: { 200: Type.Object({ html: Type.String() }), ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => ({ html: renderMarkdown(request.body.body) }),
    );
  };
}
