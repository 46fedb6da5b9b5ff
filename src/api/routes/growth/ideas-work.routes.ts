import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { addMentor, removeMentor } from "../../../core/growth/ideas/idea-mentors.js";
import { addMilestone, updateMilestone } from "../../../core/growth/ideas/idea-milestones.js";
import { listIdeaUpdates, postIdeaUpdate } from "../../../core/growth/ideas/idea-updates.js";
import { suggestForIdea } from "../../../core/growth/ideas/suggest-for-idea.js";
import type { Repositories } from "../../../db/repositories.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses, IdParams, ListOf } from "../../schemas/common.js";
import { DateOnly, IdeaSchema, IdeaUpdateSchema, MentorParams, MilestoneParams, MilestoneSchema, presentIdea, SuggestionsSchema, UpdateKindSchema } from "./ideas.schemas.js";

/** Working on an idea: mentors, milestones, check-ins and comments, and what Scaffold suggests. */
export function ideasWorkRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    const reads = ctx.repos;
    const writes = (repos: Repositories) => ({ ideas: repos.ideas, events: repos.events, clock: ctx.clock });

    app.post(
      "/ideas/:id/mentors/:personId",
      {
        schema: {
          tags: ["growth"],
          summary: "Add a mentor: the owner invites anyone; a person may offer themselves",
          params: MentorParams,
          response: { 200: IdeaSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) =>
        presentIdea(
          await ctx.tx((repos) => addMentor({ ...writes(repos), people: repos.people }, actorOf(request), request.params.id, request.params.personId)),
        ),
    );

    app.delete(
      "/ideas/:id/mentors/:personId",
      {
        schema: { tags: ["growth"], summary: "Remove a mentor (the owner), or step down (the mentor)", params: MentorParams, response: { 200: IdeaSchema, ...errorResponses(401, 403, 404) } },
      },
      async (request) => presentIdea(await ctx.tx((repos) => removeMentor(writes(repos), actorOf(request), request.params.id, request.params.personId))),
    );

    app.post(
      "/ideas/:id/milestones",
      {
        schema: {
          tags: ["growth"],
          summary: "Add a milestone (the owner)",
          params: IdParams,
          body: Body({ title: Type.String({ minLength: 1, maxLength: 200 }), dueOn: Type.Optional(Type.Union([DateOnly, Type.Null()])) }),
          response: { 201: MilestoneSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => reply.status(201).send(await ctx.tx((repos) => addMilestone(writes(repos), actorOf(request), request.params.id, request.body))),
    );

    app.patch(
      "/ideas/:id/milestones/:mid",
      {
        schema: {
          tags: ["growth"],
          summary: "Rename, re-date or mark a milestone done (the owner)",
          params: MilestoneParams,
          body: Body({
            title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
            dueOn: Type.Optional(Type.Union([DateOnly, Type.Null()])),
            done: Type.Optional(Type.Boolean()),
          }),
          response: { 200: MilestoneSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => ctx.tx((repos) => updateMilestone(writes(repos), actorOf(request), request.params.id, request.params.mid, request.body)),
    );

    app.get(
      "/ideas/:id/updates",
      { schema: { tags: ["growth"], summary: "Check-ins and comments, oldest first", params: IdParams, response: { 200: ListOf(IdeaUpdateSchema), ...errorResponses(401, 404) } } },
      async (request) => ({ items: await listIdeaUpdates(reads, actorOf(request), request.params.id), nextCursor: null }),
    );

    app.post(
      "/ideas/:id/updates",
      {
        schema: {
          tags: ["growth"],
          summary: "Post a check-in (the owner) or a comment (the owner and mentors)",
          params: IdParams,
          body: Body({ kind: UpdateKindSchema, body: Type.String({ minLength: 1, maxLength: 5000 }) }),
          response: { 201: IdeaUpdateSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => reply.status(201).send(await ctx.tx((repos) => postIdeaUpdate(writes(repos), actorOf(request), request.params.id, request.body))),
    );

    app.get(
      "/ideas/:id/suggestions",
      {
        schema: {
          tags: ["growth"],
          summary: "Mentors by skill (with reasons), related published articles and upcoming trainings on its topics",
          params: IdParams,
          response: { 200: SuggestionsSchema, ...errorResponses(401, 404) },
        },
      },
      async (request) => suggestForIdea({ ...reads, trainings: reads.upcomingTrainings, clock: ctx.clock }, actorOf(request), request.params.id),
    );
  };
}
