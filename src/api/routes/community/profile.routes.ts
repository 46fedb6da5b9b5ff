import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { declareSkill, endorseSkill, getProfile, MAX_OPEN_CAP, removeSkill, updateOwnProfile } from "../../../core/community/manage-profile.js";
import { getPerson } from "../../../core/people/list-people.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses, IdParams } from "../../schemas/common.js";
import { ProfileSchema, SkillLevelSchema, SkillSchema, WeekdaySchema } from "../../schemas/community.schemas.js";

const TopicParams = Type.Object({ topicId: IdParams.properties.id });
const PersonTopicParams = Type.Object({ id: IdParams.properties.id, topicId: IdParams.properties.id });

/** A person's community profile: skills, interests, availability, cap and away status. */
export function profileRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get("/me/profile", { schema: { tags: ["community"], summary: "My skills, interests and availability", response: { 200: ProfileSchema, ...errorResponses(401) } } }, async (request) =>
      getProfile(ctx.repos, actorOf(request).id),
    );

    app.put(
      "/me/profile",
      {
        schema: {
          tags: ["community"],
          summary: "Set my availability, open-request cap, away status, bio and interests",
          body: Body({
            days: Type.Optional(Type.Array(WeekdaySchema, { maxItems: 7 })),
            hoursPerWeek: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 60 }), Type.Null()])),
            openCap: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_OPEN_CAP })),
            away: Type.Optional(Type.Boolean()),
            bio: Type.Optional(Type.String({ maxLength: 1000 })),
            interests: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 50 })),
          }),
          response: { 200: ProfileSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        await ctx.tx((repos) => updateOwnProfile({ profiles: repos.profiles, topics: repos.topics, events: repos.events, clock: ctx.clock }, actor, request.body));
        return getProfile(ctx.repos, actor.id);
      },
    );

    app.put(
      "/me/skills/:topicId",
      {
        schema: { tags: ["community"], summary: "Declare my level on a topic", params: TopicParams, body: Body({ level: SkillLevelSchema }), response: { 200: SkillSchema, ...errorResponses(400, 401, 403, 404) } },
      },
      async (request) =>
        ctx.tx((repos) => declareSkill({ skills: repos.skills, topics: repos.topics, events: repos.events, clock: ctx.clock }, actorOf(request), request.params.topicId, request.body.level)),
    );

    app.delete(
      "/me/skills/:topicId",
      { schema: { tags: ["community"], summary: "Remove one of my skills", params: TopicParams, response: { 204: Type.Null(), ...errorResponses(401, 403, 404) } } },
      async (request, reply) => {
        await removeSkill(ctx.repos, actorOf(request), request.params.topicId);
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/people/:id/profile",
      { schema: { tags: ["community"], summary: "Someone's community profile (yourself; directory roles for anyone)", params: IdParams, response: { 200: ProfileSchema, ...errorResponses(401, 404) } } },
      async (request) => {
        const person = await getPerson(ctx.repos, actorOf(request), request.params.id);
        return getProfile(ctx.repos, person.id);
      },
    );

    for (const [method, endorse] of [["POST", true], ["DELETE", false]] as const) {
      app.route({
        method,
        url: "/people/:id/skills/:topicId/endorsement",
        config: { roles: ["tech", "admin"] },
        schema: { tags: ["community"], summary: endorse ? "Endorse a skill" : "Withdraw an endorsement", params: PersonTopicParams, response: { 200: SkillSchema, ...errorResponses(401, 403, 404) } },
        handler: async (request) =>
          ctx.tx((repos) =>
            endorseSkill({ skills: repos.skills, events: repos.events, clock: ctx.clock }, actorOf(request), { personId: request.params.id, topicId: request.params.topicId, endorse }),
          ),
      });
    }
  };
}
