import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { changeOwnPassword } from "../../../core/people/set-password.js";
import { updateOwnProfile } from "../../../core/people/update-person.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses } from "../../schemas/common.js";
import { LocaleSchema, MeSchema } from "../../schemas/people.schemas.js";
import { toMe } from "./me.mapper.js";
import { calendarLinks } from "../../../platform/calendar-tokens.js";

/** The signed-in person: who am I, my profile and my password. */
export function meRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get("/me", { schema: { tags: ["me"], summary: "The signed-in person", response: { 200: MeSchema, ...errorResponses(401) } } }, async (request) =>
      toMe(request.auth!.person, request.auth!.csrfToken, (await calendarLinks(ctx)).personFeed(request.auth!.person.id)),
    );

    app.patch(
      "/me",
      {
        schema: {
          tags: ["me"],
          summary: "Change my name or language",
          body: Body({ name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })), locale: Type.Optional(LocaleSchema) }),
          response: { 200: MeSchema, ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => {
        const person = await ctx.tx((repos) => updateOwnProfile({ people: repos.people, events: repos.events, clock: ctx.clock }, actorOf(request), request.body));
        return toMe(person, request.auth!.csrfToken);
      },
    );

    app.post(
      "/me/password",
      {
        schema: {
          tags: ["me"],
          summary: "Change my password",
          body: Body({ currentPassword: Type.String({ maxLength: 1024 }), newPassword: Type.String({ maxLength: 1024 }) }),
          response: { 204: Type.Null(), ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        await ctx.tx((repos) => changeOwnPassword({ people: repos.people, events: repos.events, clock: ctx.clock, hasher: ctx.hasher }, actorOf(request), request.body));
        return reply.status(204).send(null);
      },
    );
  };
}
