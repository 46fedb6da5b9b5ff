import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { setDigest } from "../../../core/insights/digest-subscription.js";
import type { AppContext } from "../../../platform/context.js";
import { actorOf } from "../../plugins/auth.js";
import { Body, errorResponses } from "../../schemas/common.js";

const Digest = Type.Object({ monthly: Type.Boolean() });

/** The monthly insights digest by email (opt-in, leaders and tech). */
export function digestRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      "/me/digest",
      { config: { roles: ["leader", "tech", "admin"] }, schema: { tags: ["insights"], summary: "Whether I get the monthly insights digest", response: { 200: Digest, ...errorResponses(401, 403) } } },
      async (request) => ({ monthly: await ctx.repos.digests.isSubscribed(actorOf(request).id) }),
    );
    app.put(
      "/me/digest",
      {
        config: { roles: ["leader", "tech", "admin"] },
        schema: { tags: ["insights"], summary: "Turn the monthly insights digest on or off", body: Body({ monthly: Type.Boolean() }), response: { 200: Digest, ...errorResponses(400, 401, 403) } },
      },
      async (request) => setDigest({ digests: ctx.repos.digests, at: ctx.clock.now().toISOString() }, actorOf(request), request.body.monthly),
    );
  };
}
