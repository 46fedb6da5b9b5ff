import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import type { AppContext } from "../../../platform/context.js";
import { Body, errorResponses } from "../../schemas/common.js";
import { ModeSchema } from "../../schemas/requests.schemas.js";

/** The classifier at intake: which mode the words suggest, why, and a likely topic. */
export function classifyRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      "/classify",
      {
        schema: {
          tags: ["requests"],
          summary: "Propose a mode (with confidence and the phrases that decided it) and a topic for a request's text",
          body: Body({ title: Type.Optional(Type.String({ maxLength: 200 })), text: Type.String({ maxLength: 20_000 }) }),
          response: {
            200: Type.Object({
              mode: ModeSchema,
              confidence: Type.Number(),
              reasons: Type.Array(Type.String()),
              topic: Type.Union([Type.Object({ id: Type.Integer(), name: Type.String() }), Type.Null()]),
            }),
            ...errorResponses(400, 401, 403),
          },
        },
      },
      async (request) => {
        const suggestion = await ctx.classifier.suggest(request.body);
        const topic = suggestion.topicId ? await ctx.repos.topics.findById(suggestion.topicId) : null;
        return {
          mode: suggestion.mode,
          confidence: Math.round(suggestion.confidence * 1000) / 1000,
          reasons: suggestion.reasons,
          topic: topic && !topic.archived ? { id: topic.id, name: topic.name } : null,
        };
      },
    );
  };
}
