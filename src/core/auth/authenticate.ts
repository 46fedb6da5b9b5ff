import type { Clock, PeopleRepository } from "../people/people.ports.js";
import { AppError } from "../shared/errors.js";
import type { ApiTokensRepository, Authenticated, Secrets, SessionsRepository } from "./auth.ports.js";
import { SESSION_DAYS } from "./sign-in.js";

/** Sliding sessions are extended at most this often, to spare a write on every read. */
const TOUCH_EVERY_MS = 60 * 60 * 1000;

type Deps = { people: PeopleRepository; sessions: SessionsRepository; tokens: ApiTokensRepository; secrets: Secrets; clock: Clock };

/** Resolves a session cookie's token to the signed-in person; expired or unknown sessions are refused. */
export async function authenticateSession(deps: Deps, sessionToken: string): Promise<Authenticated> {
  const hash = deps.secrets.hash(sessionToken);
  const session = await deps.sessions.find(hash);
  if (!session) throw new AppError("UNAUTHENTICATED", "Please sign in.");
  const now = deps.clock.now();
  if (Date.parse(session.expiresAt) <= now.getTime()) {
    await deps.sessions.delete(hash);
    throw new AppError("SESSION_EXPIRED", "Your session has expired. Please sign in again.");
  }
  const person = await deps.people.findById(session.personId);
  if (!person?.active) {
    await deps.sessions.delete(hash);
    throw new AppError("UNAUTHENTICATED", "Please sign in.");
  }
  if (now.getTime() - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) {
    await deps.sessions.touch(hash, now.toISOString(), new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString());
  }
  return { person, via: "session", csrfToken: session.csrfToken };
}

/** Resolves a personal API token (`Authorization: Bearer …`). */
export async function authenticateToken(deps: Deps, bearer: string): Promise<Authenticated> {
  const token = await deps.tokens.findActive(deps.secrets.hash(bearer));
  if (!token) throw new AppError("INVALID_TOKEN", "The API token is unknown or revoked.");
  const person = await deps.people.findById(token.personId);
  if (!person?.active) throw new AppError("INVALID_TOKEN", "The API token is unknown or revoked.");
  const now = deps.clock.now();
  if (!token.lastUsedAt || now.getTime() - Date.parse(token.lastUsedAt) > TOUCH_EVERY_MS) await deps.tokens.markUsed(token.id, now.toISOString());
  return { person, via: "token", csrfToken: null };
}
