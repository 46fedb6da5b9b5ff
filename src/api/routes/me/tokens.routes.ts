import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { createApiToken, revokeApiToken } from "../../../core/auth/api-tokens.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses, IdParams, ListOf } from "../../schemas/common.js";
import { ApiTokenSchema } from "../../schemas/people.schemas.js";

/** Personal API tokens for scripts: `Authorization: Bearer scf_…`. */
export function tokensRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      "/me/tokens",
      { schema: { tags: ["me"], summary: "My active API tokens", response: { 200: ListOf(ApiTokenSchema), ...errorResponses(401) } } },
      async (request) => ({ items: await ctx.repos.tokens.listForPerson(actorOf(request).id), nextCursor: null }),
    );

    app.post(
      "/me/tokens",
      {
        schema: {
          tags: ["me"],
          summary: "Create an API token (its secret is shown once)",
          body: Body({ name: Type.String({ minLength: 1, maxLength: 100 }) }),
          response: { 201: Type.Composite([ApiTokenSchema, Type.Object({ secret: Type.String() })]), ...errorResponses(400, 401, 403) },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { token, secret } = await ctx.tx((repos) =>
          createApiToken({ tokens: repos.tokens, people: repos.people, events: repos.events, secrets: ctx.secrets, clock: ctx.clock }, actor, actor.id, request.body.name),
        );
        return reply.status(201).send({ ...token, secret });
      },
    );

    app.delete(
      "/me/tokens/:id",
      { schema: { tags: ["me"], summary: "Revoke one of my API tokens", params: IdParams, response: { 204: Type.Null(), ...errorResponses(401, 403, 404) } } },
      async (request, reply) => {
        await ctx.tx((repos) => revokeApiToken({ tokens: repos.tokens, events: repos.events, clock: ctx.clock }, actorOf(request), request.params.id));
        return reply.status(204).send(null);
      },
    );
  };
}
