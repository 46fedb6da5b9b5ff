import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { recordViewedArticles } from "../../../core/knowledge/link-articles.js";
import { autoAssign } from "../../../core/community/auto-assign.js";
import { createRequest } from "../../../core/requests/create-request.js";
import { updateRequest } from "../../../core/requests/update-request.js";
import { getRequest, getRequestDetail, listRequests } from "../../../core/requests/view-requests.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses, IdParams, ListOf } from "../../schemas/common.js";
import { NatureSchema } from "../../schemas/people.schemas.js";
import { ConversationSchema, ModeSchema, RequestQuery, RequestSchema, StatusSchema, UrgencySchema } from "../../schemas/requests.schemas.js";
import { toFilter } from "./request-filter.js";
import { presentConversation, presentRequest, presentRequests } from "./request-presenter.js";

const Title = Type.String({ minLength: 1, maxLength: 200 });
const Text = Type.String({ maxLength: 20_000 });
const Device = Type.Union([Type.String({ maxLength: 100 }), Type.Null()]);

/** Asking for help, listing what one may see, reading and editing one request. */
export function requestsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      "/requests",
      {
        schema: {
          tags: ["requests"],
          summary: "Requests the caller may see, filtered and paged",
          querystring: RequestQuery,
          response: { 200: ListOf(RequestSchema), ...errorResponses(400, 401) },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        const page = await listRequests({ requests: ctx.repos.requests }, actor, toFilter(request.query, actor));
        return { items: await presentRequests(ctx.repos.people, page.items), nextCursor: page.nextCursor };
      },
    );

    app.post(
      "/requests",
      {
        schema: {
          tags: ["requests"],
          summary: "Ask for help",
          body: Body({
            title: Title,
            description: Text,
            topicId: Type.Integer({ minimum: 1 }),
            mode: ModeSchema,
            tried: Type.Optional(Text),
            urgency: Type.Optional(UrgencySchema),
            campusId: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
            device: Type.Optional(Device),
            /** Open it to the community feed: peers with the skill (or everyone, per topic) may answer. */
            community: Type.Optional(Type.Boolean()),
            /** Staff only: hidden from every student. Students can't ask staff-only. */
            staffOnly: Type.Optional(Type.Boolean()),
            /** Articles read while typing before "I still need help"; the helper sees them. */
            viewedArticleIds: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 20 })),
          }),
          response: { 201: RequestSchema, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        // Classify before the transaction: on SQLite a read outside it would wait for it to finish.
        const suggestion = await ctx.classifier.suggest({ title: request.body.title, text: request.body.description });
        const { viewedArticleIds, ...input } = request.body;
        const actor = actorOf(request);
        const created = await ctx.tx(async (repos) => {
          const made = await createRequest({ requests: repos.requests, topics: repos.topics, campuses: repos.campuses, events: repos.events, clock: ctx.clock }, actor, input, suggestion);
          if (viewedArticleIds?.length) await recordViewedArticles({ articles: repos.articles, links: repos.links, clock: ctx.clock }, actor, made.id, viewedArticleIds);
          return autoAssign({ requests: repos.requests, topics: repos.topics, routing: repos.routing, events: repos.events, clock: ctx.clock }, made);
        });
        return reply.status(201).send(await presentRequest(ctx.repos.people, created));
      },
    );

    app.get(
      "/requests/:id",
      { schema: { tags: ["requests"], summary: "One request", params: IdParams, response: { 200: RequestSchema, ...errorResponses(401, 404) } } },
      async (request) => {
        return presentRequest(ctx.repos.people, await getRequest(ctx.repos, actorOf(request), request.params.id));
      },
    );

    app.get(
      "/requests/:id/conversation",
      {
        schema: {
          tags: ["requests"],
          summary: "Messages, attachments and the full timeline of a request (internal notes only for those who may read them)",
          params: IdParams,
          response: { 200: ConversationSchema, ...errorResponses(401, 404) },
        },
      },
      async (request) => presentConversation(ctx.repos.people, await getRequestDetail(ctx.repos, actorOf(request), request.params.id)),
    );

    app.patch(
      "/requests/:id",
      {
        schema: {
          tags: ["requests"],
          summary: "Edit, triage or move a request (send its current version)",
          params: IdParams,
          body: Body({
            version: Type.Integer({ minimum: 1 }),
            title: Type.Optional(Title),
            description: Type.Optional(Text),
            tried: Type.Optional(Text),
            urgency: Type.Optional(UrgencySchema),
            device: Type.Optional(Device),
            topicId: Type.Optional(Type.Integer({ minimum: 1 })),
            mode: Type.Optional(ModeSchema),
            nature: Type.Optional(NatureSchema),
            campusId: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
            status: Type.Optional(StatusSchema),
            community: Type.Optional(Type.Boolean()),
            staffOnly: Type.Optional(Type.Boolean()),
            groupId: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
          }),
          response: { 200: RequestSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const updated = await ctx.tx((repos) =>
          updateRequest(
            {
              requests: repos.requests,
              topics: repos.topics,
              campuses: repos.campuses,
              events: repos.events,
              examples: repos.examples,
              people: repos.people,
              groups: repos.groups,
              clock: ctx.clock,
            },
            actorOf(request),
            request.params.id,
            request.body,
          ),
        );
        return presentRequest(ctx.repos.people, updated);
      },
    );
  };
}
