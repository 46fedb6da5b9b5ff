import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { createSavedReply, deleteSavedReply, deleteView, listSavedReplies, saveView, updateSavedReply } from "../../../core/requests/saved-items.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses, IdParams, ListOf } from "../../schemas/common.js";

const SavedView = Type.Object({ id: Type.Integer(), name: Type.String(), filters: Type.Record(Type.String(), Type.String()), createdAt: Type.String() });
const SavedReply = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  body: Type.String(),
  topicId: Type.Union([Type.Integer(), Type.Null()]),
  createdBy: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
const TopicRef = Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]));

/** A person's saved queue views, and the team's saved replies. */
export function savedItemsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get("/saved-views", { schema: { tags: ["requests"], summary: "My saved queue views", response: { 200: ListOf(SavedView), ...errorResponses(401) } } }, async (request) => ({
      items: await ctx.repos.views.list(actorOf(request).id),
      nextCursor: null,
    }));

    app.post(
      "/saved-views",
      {
        schema: {
          tags: ["requests"],
          summary: "Save the current queue filters under a name",
          body: Body({ name: Type.String({ minLength: 1, maxLength: 80 }), filters: Type.Record(Type.String(), Type.String({ maxLength: 200 }), { maxProperties: 12 }) }),
          response: { 201: SavedView, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => reply.status(201).send(await saveView({ views: ctx.repos.views, clock: ctx.clock }, actorOf(request), request.body)),
    );

    app.delete("/saved-views/:id", { schema: { tags: ["requests"], params: IdParams, response: { 204: Type.Null(), ...errorResponses(401, 403, 404) } } }, async (request, reply) => {
      await deleteView({ views: ctx.repos.views }, actorOf(request), request.params.id);
      return reply.status(204).send(null);
    });

    app.get(
      "/saved-replies",
      { config: { roles: ["helper", "tech", "admin"] }, schema: { tags: ["requests"], summary: "Saved replies for common cases", response: { 200: ListOf(SavedReply), ...errorResponses(401, 403) } } },
      async (request) => ({ items: await listSavedReplies({ replies: ctx.repos.replies }, actorOf(request)), nextCursor: null }),
    );

    app.post(
      "/saved-replies",
      {
        config: { roles: ["tech", "admin"] },
        schema: {
          tags: ["requests"],
          body: Body({ title: Type.String({ minLength: 1, maxLength: 120 }), body: Type.String({ minLength: 1, maxLength: 10_000 }), topicId: TopicRef }),
          response: { 201: SavedReply, ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => reply.status(201).send(await createSavedReply({ replies: ctx.repos.replies, clock: ctx.clock }, actorOf(request), request.body)),
    );

    app.patch(
      "/saved-replies/:id",
      {
        config: { roles: ["tech", "admin"] },
        schema: {
          tags: ["requests"],
          params: IdParams,
          body: Body({ title: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })), body: Type.Optional(Type.String({ minLength: 1, maxLength: 10_000 })), topicId: TopicRef }),
          response: { 200: SavedReply, ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request) => updateSavedReply({ replies: ctx.repos.replies, clock: ctx.clock }, actorOf(request), request.params.id, request.body),
    );

    app.delete(
      "/saved-replies/:id",
      { config: { roles: ["tech", "admin"] }, schema: { tags: ["requests"], params: IdParams, response: { 204: Type.Null(), ...errorResponses(401, 403, 404) } } },
      async (request, reply) => {
        await deleteSavedReply({ replies: ctx.repos.replies }, actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
