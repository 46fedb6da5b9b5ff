import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { moveIdea, updateIdea } from "../../../core/growth/ideas/edit-idea.js";
import { getIdea, listIdeas } from "../../../core/growth/ideas/list-ideas.js";
import { copyIdea, ideaFromRequest, proposeIdea } from "../../../core/growth/ideas/propose-idea.js";
import type { Repositories } from "../../../db/repositories.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses, IdParams, ListOf, PageQuery } from "../../schemas/common.js";
import { IdeaFields, IdeaSchema, IdeaStatusSchema, presentIdea } from "./ideas.schemas.js";

const Me = Type.Literal("me");

/** Idea proposals: the list and gallery, proposing (also from an `idea` request), editing, moving, copying. */
export function ideasRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    const reads = ctx.repos;
    const writes = (repos: Repositories) => ({ ideas: repos.ideas, topics: repos.topics, events: repos.events, clock: ctx.clock });

    app.get(
      "/ideas",
      {
        schema: {
          tags: ["growth"],
          summary: "Ideas the caller may see, newest first; status=shipped is the gallery",
          querystring: Type.Object({
            status: Type.Optional(IdeaStatusSchema),
            topicId: Type.Optional(Type.Integer({ minimum: 1 })),
            owner: Type.Optional(Me),
            mentor: Type.Optional(Me),
            ...PageQuery,
          }),
          response: { 200: ListOf(IdeaSchema), ...errorResponses(400, 401) },
        },
      },
      async (request) => {
        const page = await listIdeas(reads, actorOf(request), request.query);
        return { items: page.items.map(presentIdea), nextCursor: page.nextCursor };
      },
    );

    app.post(
      "/ideas",
      {
        schema: {
          tags: ["growth"],
          summary: "Propose an idea (any member); the proposer owns it and does the work",
          body: Body(IdeaFields),
          response: { 201: IdeaSchema, ...errorResponses(400, 401, 404) },
        },
      },
      async (request, reply) => reply.status(201).send(presentIdea(await ctx.tx((repos) => proposeIdea(writes(repos), actorOf(request), request.body)))),
    );

    app.get(
      "/ideas/:id",
      { schema: { tags: ["growth"], summary: "One idea with its mentors and milestones", params: IdParams, response: { 200: IdeaSchema, ...errorResponses(401, 404) } } },
      async (request) => presentIdea(await getIdea(reads, actorOf(request), request.params.id)),
    );

    app.patch(
      "/ideas/:id",
      {
        schema: {
          tags: ["growth"],
          summary: "Edit a proposal (its owner only; send the version you read)",
          params: IdParams,
          body: Body({ ...IdeaFields, title: Type.Optional(IdeaFields.title), pitch: Type.Optional(IdeaFields.pitch), version: Type.Integer({ minimum: 1 }) }),
          response: { 200: IdeaSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => presentIdea(await ctx.tx((repos) => updateIdea(writes(repos), actorOf(request), request.params.id, request.body))),
    );

    app.post(
      "/ideas/:id/status",
      {
        schema: {
          tags: ["growth"],
          summary: "Move an idea: proposed → supported → in_progress → shipped, or paused (owner; tech and leaders may grant support)",
          params: IdParams,
          body: Body({ status: IdeaStatusSchema, version: Type.Optional(Type.Integer({ minimum: 1 })) }),
          response: { 200: IdeaSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        presentIdea(await ctx.tx((repos) => moveIdea(writes(repos), actorOf(request), request.params.id, request.body.status, request.body.version))),
    );

    app.post(
      "/ideas/:id/copy",
      {
        schema: {
          tags: ["growth"],
          summary: "Start a new proposal of mine from a shipped idea (pitch, goals, milestones)",
          params: IdParams,
          response: { 201: IdeaSchema, ...errorResponses(401, 404, 409) },
        },
      },
      async (request, reply) => reply.status(201).send(presentIdea(await ctx.tx((repos) => copyIdea(writes(repos), actorOf(request), request.params.id)))),
    );

    app.post(
      "/requests/:id/idea",
      {
        schema: {
          tags: ["growth"],
          summary: "Turn my `idea` request into an idea proposal, pre-filled from it and linked to it",
          params: IdParams,
          response: { 201: IdeaSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const idea = await ctx.tx((repos) =>
          ideaFromRequest({ ...writes(repos), requests: repos.requests }, actorOf(request), request.params.id),
        );
        return reply.status(201).send(presentIdea(idea));
      },
    );
  };
}
