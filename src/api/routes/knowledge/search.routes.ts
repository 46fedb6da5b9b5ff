import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { recordDeflection } from "../../../core/knowledge/deflect.js";
import { MAX_QUERY_LENGTH, suggest } from "../../../core/knowledge/suggest.js";
import { visibilityFor } from "../../../core/knowledge/visibility.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses, ListOf } from "../../schemas/common.js";
import { AudienceSchema, SuggestionSchema } from "../../schemas/knowledge.schemas.js";

/** Finding answers: search, suggestions while typing, and "this solved it". */
export function searchRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      "/search",
      {
        schema: {
          tags: ["knowledge"],
          summary: "Ranked article search with highlights («…»), filtered by topic and audience",
          querystring: Type.Object({
            q: Type.String({ maxLength: MAX_QUERY_LENGTH }),
            topicId: Type.Optional(Type.Integer({ minimum: 1 })),
            audience: Type.Optional(AudienceSchema),
            limit: Type.Integer({ minimum: 1, maximum: 50, default: 20 }),
          }),
          response: { 200: ListOf(Type.Composite([SuggestionSchema, Type.Object({ score: Type.Number() })])), ...errorResponses(400, 401) },
        },
      },
      async (request) => {
        const { q, topicId, audience, limit } = request.query;
        const text = q.trim();
        const hits = text ? await ctx.repos.search.search({ text, limit, topicId, audience, visibility: visibilityFor(actorOf(request)) }) : [];
        return { items: hits.map((h) => ({ type: "article" as const, id: h.articleId, title: h.title, snippet: h.snippet, score: h.score })), nextCursor: null };
      },
    );

    app.get(
      "/suggestions",
      {
        schema: {
          tags: ["knowledge"],
          summary: "Articles and similar solved requests for text being typed, best first, visible to the caller",
          querystring: Type.Object({ q: Type.String({ maxLength: MAX_QUERY_LENGTH }), limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }) }),
          response: { 200: ListOf(SuggestionSchema), ...errorResponses(400, 401) },
        },
      },
      async (request) => ({ items: await suggest({ search: ctx.repos.search, similar: ctx.repos.similar }, actorOf(request), request.query), nextCursor: null }),
    );

    app.post(
      "/deflections",
      {
        schema: {
          tags: ["knowledge"],
          summary: '"This solved it": records a deflection (never a request) and keeps the wording with the article',
          body: Body({ text: Type.String({ minLength: 1, maxLength: 2_000 }), articleId: Type.Integer({ minimum: 1 }) }),
          response: { 201: Type.Object({ id: Type.Integer(), articleId: Type.Integer(), createdAt: Type.String() }), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const deflection = await ctx.tx((repos) =>
          recordDeflection(
            { articles: repos.articles, phrasings: repos.phrasings, search: repos.search, deflections: repos.deflections, events: repos.events, clock: ctx.clock },
            actorOf(request),
            request.body,
          ),
        );
        return reply.status(201).send(deflection);
      },
    );
  };
}
