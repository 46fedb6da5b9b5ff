import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { createPerson } from "../../../core/people/create-person.js";
import { getPerson, listPeople } from "../../../core/people/list-people.js";
import { setPassword } from "../../../core/people/set-password.js";
import { updatePerson } from "../../../core/people/update-person.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, Email, errorResponses, IdParams, ListOf, Name, PageQuery } from "../../schemas/common.js";
import { KindSchema, LocaleSchema, PersonSchema, RoleSchema } from "../../schemas/people.schemas.js";

const Roles = Type.Array(RoleSchema, { maxItems: 5, uniqueItems: true });
const CampusId = Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]);

/** The people directory and its administration. */
export function peopleRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      "/people",
      {
        config: { roles: ["admin", "tech", "leader"] },
        schema: {
          tags: ["people"],
          summary: "Find people",
          querystring: Type.Object({
            q: Type.Optional(Type.String({ maxLength: 200 })),
            role: Type.Optional(RoleSchema),
            kind: Type.Optional(KindSchema),
            campusId: Type.Optional(Type.Integer({ minimum: 1 })),
            active: Type.Optional(Type.Boolean()),
            ...PageQuery,
          }),
          response: { 200: ListOf(PersonSchema), ...errorResponses(400, 401, 403) },
        },
      },
      async (request) => listPeople({ people: ctx.repos.people }, actorOf(request), { ...request.query, q: request.query.q?.trim() || undefined }),
    );

    app.post(
      "/people",
      {
        config: { roles: ["admin"] },
        schema: {
          tags: ["people"],
          summary: "Add a person",
          body: Body({
            name: Name,
            email: Email,
            kind: KindSchema,
            campusId: Type.Optional(CampusId),
            roles: Type.Optional(Roles),
            locale: Type.Optional(LocaleSchema),
            password: Type.Optional(Type.String({ maxLength: 1024 })),
          }),
          response: { 201: PersonSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request, reply) => {
        const person = await ctx.tx((repos) =>
          createPerson({ people: repos.people, campuses: repos.campuses, events: repos.events, clock: ctx.clock, hasher: ctx.hasher }, actorOf(request), request.body),
        );
        return reply.status(201).send(person);
      },
    );

    app.get(
      "/people/:id",
      { schema: { tags: ["people"], summary: "One person", params: IdParams, response: { 200: PersonSchema, ...errorResponses(401, 404) } } },
      async (request) => getPerson({ people: ctx.repos.people }, actorOf(request), request.params.id),
    );

    app.patch(
      "/people/:id",
      {
        config: { roles: ["admin"] },
        schema: {
          tags: ["people"],
          summary: "Change a person",
          params: IdParams,
          body: Body({
            name: Type.Optional(Name),
            email: Type.Optional(Email),
            kind: Type.Optional(KindSchema),
            campusId: Type.Optional(CampusId),
            roles: Type.Optional(Roles),
            locale: Type.Optional(LocaleSchema),
            active: Type.Optional(Type.Boolean()),
          }),
          response: { 200: PersonSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) =>
        ctx.tx((repos) => updatePerson({ people: repos.people, campuses: repos.campuses, events: repos.events, clock: ctx.clock }, actorOf(request), request.params.id, request.body)),
    );

    app.post(
      "/people/:id/password",
      {
        config: { roles: ["admin"] },
        schema: {
          tags: ["people"],
          summary: "Set a person's password",
          params: IdParams,
          body: Body({ password: Type.String({ maxLength: 1024 }) }),
          response: { 204: Type.Null(), ...errorResponses(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        await ctx.tx((repos) => setPassword({ people: repos.people, events: repos.events, clock: ctx.clock, hasher: ctx.hasher }, actorOf(request), request.params.id, request.body.password));
        return reply.status(204).send(null);
      },
    );
  };
}
