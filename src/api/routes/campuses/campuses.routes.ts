import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { createCampus, updateCampus } from "../../../core/people/manage-campuses.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses, IdParams, ListOf, Name } from "../../schemas/common.js";
import { CampusSchema } from "../../schemas/people.schemas.js";

const TimeZone = Type.String({ minLength: 1, maxLength: 64 });

export function campusesRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get("/campuses", { schema: { tags: ["campuses"], summary: "All campuses", response: { 200: ListOf(CampusSchema), ...errorResponses(401) } } }, async () => ({
      items: await ctx.repos.campuses.list(),
      nextCursor: null,
    }));

    app.post(
      "/campuses",
      {
        config: { roles: ["admin"] },
        schema: { tags: ["campuses"], summary: "Add a campus", body: Body({ name: Name, timeZone: TimeZone }), response: { 201: CampusSchema, ...errorResponses(400, 401, 403, 409) } },
      },
      async (request, reply) => {
        const campus = await ctx.tx((repos) => createCampus({ campuses: repos.campuses, events: repos.events, clock: ctx.clock }, actorOf(request), request.body));
        return reply.status(201).send(campus);
      },
    );

    app.patch(
      "/campuses/:id",
      {
        config: { roles: ["admin"] },
        schema: {
          tags: ["campuses"],
          summary: "Change a campus",
          params: IdParams,
          body: Body({ name: Type.Optional(Name), timeZone: Type.Optional(TimeZone) }),
          response: { 200: CampusSchema, ...errorResponses(400, 401, 403, 404, 409) },
        },
      },
      async (request) => ctx.tx((repos) => updateCampus({ campuses: repos.campuses, events: repos.events, clock: ctx.clock }, actorOf(request), request.params.id, request.body)),
    );
  };
}
