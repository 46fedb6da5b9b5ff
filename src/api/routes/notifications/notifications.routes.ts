import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { NOTIFICATION_TYPES } from "../../../core/notifications/notifications.types.js";
import { countUnread, listNotifications, markAllNotificationsRead, markNotificationRead } from "../../../core/notifications/read-notifications.js";
import { KyselyNotificationsRepository } from "../../../db/notifications/notifications.repository.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { errorResponses, IdParams, ListOf, PageQuery } from "../../schemas/common.js";

const Nullable = <T extends ReturnType<typeof Type.String>>(schema: T) => Type.Union([schema, Type.Null()]);

const NotificationSchema = Type.Object({
  id: Type.Integer(),
  type: Type.Union(NOTIFICATION_TYPES.map((t) => Type.Literal(t))),
  requestId: Type.Union([Type.Integer(), Type.Null()]),
  requestTitle: Nullable(Type.String()),
  ideaId: Type.Union([Type.Integer(), Type.Null()]),
  ideaTitle: Nullable(Type.String()),
  actorName: Nullable(Type.String()),
  createdAt: Type.String({ format: "date-time" }),
  readAt: Nullable(Type.String({ format: "date-time" })),
});

/** The signed-in person's own in-app notifications: list, badge count, mark read. */
export function notificationsRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const deps = { notifications: new KyselyNotificationsRepository(ctx.db.kysely), clock: ctx.clock };
  return async (app) => {
    app.get(
      "/notifications",
      {
        schema: {
          tags: ["notifications"],
          summary: "My notifications, newest first",
          querystring: Type.Object({ unread: Type.Optional(Type.Boolean()), ...PageQuery }),
          response: { 200: ListOf(NotificationSchema), ...errorResponses(400, 401) },
        },
      },
      async (request) => listNotifications(deps, actorOf(request), request.query),
    );

    app.get(
      "/notifications/unread-count",
      { schema: { tags: ["notifications"], summary: "How many of my notifications are unread", response: { 200: Type.Object({ count: Type.Integer() }), ...errorResponses(401) } } },
      async (request) => ({ count: await countUnread(deps, actorOf(request)) }),
    );

    app.post(
      "/notifications/read-all",
      { schema: { tags: ["notifications"], summary: "Mark all my notifications read", response: { 204: Type.Null(), ...errorResponses(401, 403) } } },
      async (request, reply) => {
        await markAllNotificationsRead(deps, actorOf(request));
        return reply.status(204).send(null);
      },
    );

    app.post(
      "/notifications/:id/read",
      {
        schema: { tags: ["notifications"], summary: "Mark one of my notifications read", params: IdParams, response: { 204: Type.Null(), ...errorResponses(401, 403, 404) } },
      },
      async (request, reply) => {
        await markNotificationRead(deps, actorOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
