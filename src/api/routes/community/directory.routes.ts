import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { helpersFor, searchDirectory } from "../../../core/community/find-helpers.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { errorResponses, IdParams, ListOf } from "../../schemas/common.js";
import { DirectoryEntrySchema, HelperProposalSchema, SkillLevelSchema } from "../../schemas/community.schemas.js";

/** Finding people: the directory by skill or interest, and routing proposals for a request. */
export function directoryRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      "/directory",
      {
        schema: {
          tags: ["community"],
          summary: "People by skill (topic and its subtopics) or interest, best placed first, with load and what they helped with",
          querystring: Type.Object({
            topicId: Type.Optional(Type.Integer({ minimum: 1 })),
            level: Type.Optional(SkillLevelSchema),
            interestTopicId: Type.Optional(Type.Integer({ minimum: 1 })),
            campusId: Type.Optional(Type.Integer({ minimum: 1 })),
            q: Type.Optional(Type.String({ maxLength: 100 })),
            limit: Type.Integer({ minimum: 1, maximum: 100, default: 30 }),
          }),
          response: { 200: ListOf(DirectoryEntrySchema), ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => ({
        items: await searchDirectory(ctx.repos, actorOf(request), { ...request.query, q: request.query.q?.trim() || undefined, at: ctx.clock.now().toISOString() }),
        nextCursor: null,
      }),
    );

    app.get(
      "/requests/:id/helpers",
      {
        config: { roles: ["tech", "admin"] },
        schema: {
          tags: ["community"],
          summary: "Routing proposals: eligible helpers ranked by skill, load and recent share, each with reasons",
          params: IdParams,
          querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }) }),
          response: { 200: ListOf(HelperProposalSchema), ...errorResponses(401, 403, 404) },
        },
      },
      async (request) => ({ items: await helpersFor(ctx.repos, actorOf(request), request.params.id, { limit: request.query.limit }), nextCursor: null }),
    );
  };
}
