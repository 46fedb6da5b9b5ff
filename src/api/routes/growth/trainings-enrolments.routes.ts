import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { cancelEnrolment, enrol } from "../../../core/growth/trainings/enrol-training.js";
import { listEnrolments } from "../../../core/growth/trainings/list-trainings.js";
import { takeAttendance } from "../../../core/growth/trainings/take-attendance.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { errorResponses, IdParams, ListOf } from "../../schemas/common.js";
import { AttendanceBody, AttendanceSchema, EnrolmentSchema } from "./trainings.schemas.js";

const tags = ["growth"];

/** Places on a training: enrol (or join the wait list), give the place up, the list, attendance. */
export function enrolmentRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      "/trainings/:id/enrolments",
      { schema: { tags, summary: "Enrol me; when the training is full I join the wait list", params: IdParams, response: { 201: EnrolmentSchema, ...errorResponses(401, 403, 404, 409) } } },
      async (request, reply) => {
        const actor = actorOf(request);
        const enrolment = await ctx.tx((repos) => enrol({ trainings: repos.trainings, events: repos.events, clock: ctx.clock }, actor, request.params.id));
        return reply.status(201).send(enrolment);
      },
    );

    app.delete(
      "/trainings/:id/enrolments/me",
      { schema: { tags, summary: "Give up my place; the first on the wait list moves up", params: IdParams, response: { 204: Type.Null(), ...errorResponses(401, 403, 404, 409) } } },
      async (request, reply) => {
        const actor = actorOf(request);
        await ctx.tx((repos) => cancelEnrolment({ trainings: repos.trainings, events: repos.events, clock: ctx.clock }, actor, request.params.id));
        return reply.status(204).send(null);
      },
    );

    app.get(
      "/trainings/:id/enrolments",
      { schema: { tags, summary: "Who is enrolled and waiting (facilitator or tech)", params: IdParams, response: { 200: ListOf(EnrolmentSchema), ...errorResponses(401, 403, 404) } } },
      async (request) => ({ items: await listEnrolments({ trainings: ctx.repos.trainings }, actorOf(request), request.params.id), nextCursor: null }),
    );

    app.put(
      "/trainings/:id/attendance",
      {
        schema: {
          tags,
          summary: "Record who attended (facilitator or tech, once started); first attendance raises the skill on the topic",
          params: IdParams,
          body: AttendanceBody,
          response: { 200: AttendanceSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const result = await ctx.tx((repos) =>
          takeAttendance({ trainings: repos.trainings, skills: repos.skills, events: repos.events, clock: ctx.clock }, actor, request.params.id, request.body.personIds),
        );
        return { enrolments: result.enrolments, raised: result.raised.map((s) => ({ personId: s.personId, topicId: s.topicId, level: s.level })) };
      },
    );
  };
}
