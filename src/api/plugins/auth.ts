import { timingSafeEqual } from "node:crypto";
import type {} from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Authenticated } from "../../core/auth/auth.ports.js";
import { authenticateSession, authenticateToken } from "../../core/auth/authenticate.js";
import type { Actor, Role } from "../../core/people/people.types.js";
import { AppError } from "../../core/shared/errors.js";
import type { AppContext } from "../../platform/context.js";

export const SESSION_COOKIE = "scaffold_session";

declare module "fastify" {
  interface FastifyContextConfig {
    /** `public` routes need no sign-in; the default is signed-in. */
    access?: "public";
    /** Roles allowed on the route (any of them); checked before the body is parsed or validated. */
    roles?: readonly Role[];
  }
  interface FastifyRequest {
    auth: Authenticated | null;
  }
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Authenticates every API request in `onRequest`, before the body is parsed: so a member calling an
 * admin route gets 403 whatever the body, and an unsigned request never reaches validation.
 */
export function installAuth(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest("auth", null);
  app.addHook("onRequest", async (request, reply) => {
    const config = request.routeOptions.config;
    // Only API routes need a sign-in; unmatched URLs (and the static files route) fall through to 404s.
    if (!request.routeOptions.url?.startsWith("/api/v1/") || config.access === "public") return;
    const auth = await authenticate(ctx, request, reply);
    if (auth.via === "session" && !SAFE_METHODS.has(request.method) && !csrfMatches(request.headers["x-csrf-token"], auth.csrfToken)) {
      throw new AppError("CSRF_TOKEN_INVALID", "This change needs the X-CSRF-Token header from your sign-in.");
    }
    if (config.roles && !auth.person.roles.some((role) => config.roles!.includes(role))) {
      throw new AppError("FORBIDDEN", "Your role does not allow this action.");
    }
    request.auth = auth;
  });
}

async function authenticate(ctx: AppContext, request: FastifyRequest, reply: FastifyReply): Promise<Authenticated> {
  const deps = { people: ctx.repos.people, sessions: ctx.repos.sessions, tokens: ctx.repos.tokens, secrets: ctx.secrets, clock: ctx.clock };
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) throw new AppError("INVALID_TOKEN", "Send API tokens as `Authorization: Bearer <token>`.");
    return authenticateToken(deps, match[1]);
  }
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  const unsigned = request.unsignCookie(raw);
  if (!unsigned.valid || !unsigned.value) {
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    throw new AppError("UNAUTHENTICATED", "Please sign in.");
  }
  try {
    return await authenticateSession(deps, unsigned.value);
  } catch (error) {
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    throw error;
  }
}

function csrfMatches(sent: string | string[] | undefined, expected: string | null): boolean {
  if (typeof sent !== "string" || !expected) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The signed-in person as the use cases see them. Only valid on non-public routes. */
export function actorOf(request: FastifyRequest): Actor {
  const person = request.auth?.person;
  if (!person) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  return { id: person.id, roles: person.roles, kind: person.kind, campusId: person.campusId };
}
