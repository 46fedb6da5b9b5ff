import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { createTopic, listTopics, updateTopic } from "../../../core/people/manage-topics.js";
import { AppError } from "../../../core/shared/errors.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses, IdParams, ListOf, Name } from "../../schemas/common.js";
import { CommunityAudienceSchema, NatureSchema, TopicSchema } from "../../schemas/people.schemas.js";

const ParentId = Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]);
const Description = Type.String({ maxLength: 2000 });

/** The topic tree: every member reads it; tech and admin shape it. */
export function topicsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      "/topics",
      {
        schema: {
          tags: ["topics"],
          summary: "The topic tree, as a flat list with parent ids",
          querystring: Type.Object({ includeArchived: Type.Optional(Type.Boolean()) }),
          response: { 200: ListOf(TopicSchema), ...errorResponses(400, 401) },
        },
      },
      async (request) => ({ items: await listTopics({ topics: ctx.repos.topics }, actorOf(request), request.query), nextCursor: null }),
    );

    app.get(
      "/topics/:id",
      { schema: { tags: ["topics"], summary: "One topic", params: IdParams, response: { 200: TopicSchema, ...errorResponses(401, 404) } } },
      async (request) => {
        const topic = await ctx.repos.topics.findById(request.params.id);
        if (!topic) throw new AppError("TOPIC_NOT_FOUND", `Topic ${request.params.id} was not found.`);
        return topic;
      },
    );

    app.post(
      "/topics",
      {
        config: { roles: ["tech", "admin"] },
        schema: {
          tags: ["topics"],
          summary: "Add a topic",
          body: Body({
            name: Name,
            parentId: Type.Optional(ParentId),
            nature: NatureSchema,
            description: Type.Optional(Description),
            communityAudience: Type.Optional(CommunityAudienceSchema),
            autoAssign: Type.Optional(Type.Boolean()),
          }),
          response: { 201: TopicSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const topic = await ctx.tx((repos) => createTopic({ topics: repos.topics, events: repos.events, clock: ctx.clock }, actorOf(request), request.body));
        return reply.status(201).send(topic);
      },
    );

    app.patch(
      "/topics/:id",
      {
        config: { roles: ["tech", "admin"] },
        schema: {
          tags: ["topics"],
          summary: "Change, move or archive a topic",
          params: IdParams,
          body: Body({
            name: Type.Optional(Name),
            parentId: Type.Optional(ParentId),
            nature: Type.Optional(NatureSchema),
            description: Type.Optional(Description),
            archived: Type.Optional(Type.Boolean()),
            communityAudience: Type.Optional(CommunityAudienceSchema),
            autoAssign: Type.Optional(Type.Boolean()),
          }),
          response: { 200: TopicSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => ctx.tx((repos) => updateTopic({ topics: repos.topics, events: repos.events, clock: ctx.clock }, actorOf(request), request.params.id, request.body)),
    );
  };
}
