import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { getTraining, listTrainings } from "../../../core/growth/trainings/list-trainings.js";
import { nextTrainingFor } from "../../../core/growth/trainings/next-training.js";
import { proposedWorkshops } from "../../../core/growth/trainings/proposed-workshops.js";
import { cancelTraining, scheduleTraining, updateTraining } from "../../../core/growth/trainings/schedule-training.js";
import { trainingEffect } from "../../../core/growth/trainings/training-effect.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { errorResponses, IdParams, ListOf } from "../../schemas/common.js";
import { calendarLinks } from "../../../platform/calendar-tokens.js";
import { calendarRoutes } from "./trainings-calendar.routes.js";
import { presentTraining } from "./trainings-context.js";
import { enrolmentRoutes } from "./trainings-enrolments.routes.js";
import { NewTrainingBody, NextTrainingSchema, ProposedWorkshopSchema, TrainingChangesBody, TrainingEffectSchema, TrainingQuery, TrainingViewSchema } from "./trainings.schemas.js";

const tags = ["growth"];

/** Trainings: schedule, browse, change, cancel; their effect; proposed workshops; the next training for a repeat asker. */
export function trainingsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(enrolmentRoutes(ctx));
    await app.register(calendarRoutes(ctx));

    const view = async (actor: ReturnType<typeof actorOf>, id: number) => presentTraining(await getTraining({ trainings: ctx.repos.trainings }, actor, id), await calendarLinks(ctx));

    app.get(
      "/trainings",
      { schema: { tags, summary: "Trainings: upcoming and the last 90 days by default; by topic (with subtopics), dates or mine", querystring: TrainingQuery, response: { 200: ListOf(TrainingViewSchema), ...errorResponses(400, 401, 404) } } },
      async (request) => {
        const repos = ctx.repos;
        const items = await listTrainings({ trainings: repos.trainings, topics: repos.topics, clock: ctx.clock }, actorOf(request), request.query);
        const links = await calendarLinks(ctx);
        return { items: items.map((t) => presentTraining(t, links)), nextCursor: null };
      },
    );

    app.post(
      "/trainings",
      { schema: { tags, summary: "Schedule a training (tech, or a member with a mentor skill on the topic)", body: NewTrainingBody, response: { 201: TrainingViewSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
      async (request, reply) => {
        const actor = actorOf(request);
        const training = await ctx.tx((repos) =>
          scheduleTraining({ trainings: repos.trainings, articles: repos.articleIds, topics: repos.topics, skills: repos.skills, people: repos.people, events: repos.events, clock: ctx.clock }, actor, request.body),
        );
        return reply.status(201).send(await view(actor, training.id));
      },
    );

    app.get(
      "/trainings/proposed",
      { config: { roles: ["tech", "admin"] }, schema: { tags, summary: "Proposed workshops: topics ranked by repeat requests in the last 90 days", response: { 200: ListOf(ProposedWorkshopSchema), ...errorResponses(401, 403) } } },
      async (request) => {
        const repos = ctx.repos;
        const items = await proposedWorkshops({ trainings: repos.trainings, topics: repos.topics, requests: repos.topicRequests, clock: ctx.clock }, actorOf(request));
        const links = await calendarLinks(ctx);
        return { items: items.map((p) => ({ ...p, nextTraining: p.nextTraining && presentTraining(p.nextTraining, links) })), nextCursor: null };
      },
    );

    app.get("/trainings/:id", { schema: { tags, summary: "One training", params: IdParams, response: { 200: TrainingViewSchema, ...errorResponses(401, 404) } } }, async (request) =>
      view(actorOf(request), request.params.id),
    );

    app.patch(
      "/trainings/:id",
      { schema: { tags, summary: "Change a training that has not started (facilitator or tech)", params: IdParams, body: TrainingChangesBody, response: { 200: TrainingViewSchema, ...errorResponses(400, 401, 403, 404, 409) } } },
      async (request) => {
        const actor = actorOf(request);
        await ctx.tx((repos) =>
          updateTraining({ trainings: repos.trainings, articles: repos.articleIds, topics: repos.topics, skills: repos.skills, people: repos.people, events: repos.events, clock: ctx.clock }, actor, request.params.id, request.body),
        );
        return view(actor, request.params.id);
      },
    );

    app.post(
      "/trainings/:id/cancel",
      { schema: { tags, summary: "Call a training off (facilitator or tech)", params: IdParams, response: { 200: TrainingViewSchema, ...errorResponses(401, 403, 404) } } },
      async (request) => {
        const actor = actorOf(request);
        await ctx.tx((repos) => cancelTraining({ trainings: repos.trainings, events: repos.events, clock: ctx.clock }, actor, request.params.id));
        return view(actor, request.params.id);
      },
    );

    app.get(
      "/trainings/:id/effect",
      { schema: { tags, summary: "Requests on the topic in the 90 days before and after, attendees vs others who asked", params: IdParams, response: { 200: TrainingEffectSchema, ...errorResponses(401, 403, 404) } } },
      async (request) => {
        const repos = ctx.repos;
        return trainingEffect({ trainings: repos.trainings, topics: repos.topics, requests: repos.topicRequests, clock: ctx.clock }, actorOf(request), request.params.id);
      },
    );

    app.get(
      "/requests/:id/next-training",
      { schema: { tags, summary: "For a requester who asked twice or more on this topic in 90 days: the next training on it", params: IdParams, response: { 200: NextTrainingSchema, ...errorResponses(401, 404) } } },
      async (request) => {
        const repos = ctx.repos;
        const hint = await nextTrainingFor({ trainings: repos.trainings, requests: repos.topicRequests, clock: ctx.clock }, actorOf(request), request.params.id);
        return { ...hint, training: hint.training && presentTraining(hint.training, await calendarLinks(ctx)) };
      },
    );
  };
}
