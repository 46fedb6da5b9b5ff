import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { addMessage, MAX_MESSAGE_LENGTH } from "../../../core/requests/add-message.js";
import { assignRequest } from "../../../core/requests/assign-request.js";
import { mergeRequests } from "../../../core/requests/merge-requests.js";
import { growSkillsFromRecord } from "../../../core/community/grow-skills.js";
import { giveFeedback, MAX_MINUTES_SPENT, resolveRequest } from "../../../core/requests/resolve-request.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses, IdParams } from "../../schemas/common.js";
import { MessageSchema, RequestSchema, ResolutionKindSchema, SelfRelianceSchema } from "../../schemas/requests.schemas.js";
import { presentRequest } from "./request-presenter.js";

const Version = Type.Optional(Type.Integer({ minimum: 1 }));

/** Actions on one request: assign, converse, resolve, answer, merge. */
export function requestActionsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      "/requests/:id/assign",
      {
        schema: {
          tags: ["requests"],
          summary: "Assign (or unassign with null); helpers may take an unassigned request for themselves",
          params: IdParams,
          body: Body({
            assigneeId: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
            version: Version,
            /** A mentor paired with a learning helper on a guidance request (tech only); both are credited. */
            mentorId: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
          }),
          response: { 200: RequestSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const updated = await ctx.tx((repos) =>
          assignRequest({ requests: repos.requests, people: repos.people, events: repos.events, clock: ctx.clock }, actorOf(request), request.params.id, request.body),
        );
        return presentRequest(ctx.repos.people, updated);
      },
    );

    app.post(
      "/requests/:id/messages",
      {
        schema: {
          tags: ["requests"],
          summary: "Reply, or add an internal note (helpers and tech; never shown to the requester)",
          params: IdParams,
          body: Body({
            body: Type.String({ minLength: 1, maxLength: MAX_MESSAGE_LENGTH }),
            internal: Type.Optional(Type.Boolean()),
            mentions: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 20 })),
          }),
          response: { 201: MessageSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const message = await ctx.tx((repos) =>
          addMessage({ requests: repos.requests, messages: repos.messages, people: repos.people, events: repos.events, clock: ctx.clock }, actor, request.params.id, request.body),
        );
        return reply.status(201).send({ ...message, authorName: request.auth!.person.name });
      },
    );

    app.post(
      "/requests/:id/resolve",
      {
        schema: {
          tags: ["requests"],
          summary: "Resolve with a resolution kind (and, optionally, the minutes the helper spent)",
          params: IdParams,
          body: Body({ kind: ResolutionKindSchema, version: Version, minutesSpent: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: MAX_MINUTES_SPENT }), Type.Null()])) }),
          response: { 200: RequestSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const updated = await ctx.tx((repos) => resolveRequest({ requests: repos.requests, events: repos.events, clock: ctx.clock }, actorOf(request), request.params.id, request.body));
        return presentRequest(ctx.repos.people, updated);
      },
    );

    app.post(
      "/requests/:id/feedback",
      {
        schema: {
          tags: ["requests"],
          summary: 'The requester answers "Could you do this yourself next time?" and rates the help (1–5)',
          params: IdParams,
          body: Body({ selfReliance: SelfRelianceSchema, satisfaction: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 5 }), Type.Null()])) }),
          response: { 200: RequestSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const updated = await ctx.tx(async (repos) => {
          const answered = await giveFeedback({ requests: repos.requests, events: repos.events, clock: ctx.clock }, actorOf(request), request.params.id, request.body);
          // A "yes" after guided help is evidence of the helper's skill: it may grow by the rules.
          await growSkillsFromRecord({ skills: repos.skills, topics: repos.topics, evidence: repos.evidence, events: repos.events, clock: ctx.clock }, answered);
          return answered;
        });
        return presentRequest(ctx.repos.people, updated);
      },
    );

    app.post(
      "/requests/:id/merge",
      {
        config: { roles: ["tech", "admin"] },
        schema: {
          tags: ["requests"],
          summary: "Merge this request into another as a duplicate",
          params: IdParams,
          body: Body({ intoId: Type.Integer({ minimum: 1 }) }),
          response: { 200: RequestSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const merged = await ctx.tx((repos) =>
          mergeRequests({ requests: repos.requests, messages: repos.messages, events: repos.events, clock: ctx.clock }, actorOf(request), request.params.id, request.body),
        );
        return presentRequest(ctx.repos.people, merged);
      },
    );
  };
}
