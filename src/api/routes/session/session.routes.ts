import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@sinclair/typebox";
import { signIn } from "../../../core/auth/sign-in.js";
import type { AppContext } from "../../../platform/context.js";
import { SESSION_COOKIE } from "../../plugins/auth.js";
import { Body, errorResponses } from "../../schemas/common.js";
import { MeSchema } from "../../schemas/people.schemas.js";
import { toMe } from "../me/me.mapper.js";

/** Sign-in and sign-out with a database-backed session cookie. */
export function sessionRoutes(ctx: AppContext): FastifyPluginAsyncTypebox {
  const secure = ctx.config.publicUrl.startsWith("https://");
  return async (app) => {
    app.post(
      "/session",
      {
        config: { access: "public" },
        schema: {
          tags: ["session"],
          summary: "Sign in with email and password",
          body: Body({ email: Type.String({ minLength: 1, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 1024 }) }),
          response: { 200: Type.Object({ csrfToken: Type.String(), person: MeSchema }), ...errorResponses(400, 401, 429) },
        },
      },
      async (request, reply) => {
        // No transaction: a failed attempt must be counted even though sign-in then fails.
        const repos = ctx.repos;
        const result = await signIn(
          { people: repos.people, sessions: repos.sessions, attempts: repos.attempts, events: repos.events, hasher: ctx.hasher, secrets: ctx.secrets, clock: ctx.clock },
          { ...request.body, ip: request.ip, userAgent: request.headers["user-agent"] ?? null },
        );
        reply.setCookie(SESSION_COOKIE, result.sessionToken, {
          path: "/",
          httpOnly: true,
          sameSite: "lax",
          secure,
          signed: true,
          expires: new Date(result.expiresAt),
        });
        return { csrfToken: result.csrfToken, person: toMe(result.person, result.csrfToken) };
      },
    );

    app.delete(
      "/session",
      { schema: { tags: ["session"], summary: "Sign out", response: { 204: Type.Null(), ...errorResponses(401, 403) } } },
      async (request, reply) => {
        const raw = request.cookies[SESSION_COOKIE];
        const token = raw ? request.unsignCookie(raw).value : null;
        if (token) await ctx.repos.sessions.delete(ctx.secrets.hash(token));
        reply.clearCookie(SESSION_COOKIE, { path: "/" });
        return reply.status(204).send(null);
      },
    );
  };
}
