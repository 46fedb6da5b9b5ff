import type { Clock, EventLog, PasswordHasher, PeopleRepository } from "../people/people.ports.js";
import type { Person } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import type { Secrets, SessionsRepository, SignInAttemptsRepository } from "./auth.ports.js";
import { afterFailure, secondsBlocked, THROTTLE } from "./throttle.js";

export const SESSION_DAYS = 14;

export interface SignInResult {
  person: Person;
  sessionToken: string;
  csrfToken: string;
  expiresAt: string;
}

type Deps = {
  people: PeopleRepository;
  sessions: SessionsRepository;
  attempts: SignInAttemptsRepository;
  events: EventLog;
  hasher: PasswordHasher;
  secrets: Secrets;
  clock: Clock;
};

/** Checks email and password, slowing down repeated failures, and opens a session. */
export async function signIn(deps: Deps, input: { email: string; password: string; ip: string; userAgent: string | null }): Promise<SignInResult> {
  const now = deps.clock.now();
  const email = input.email.trim().toLowerCase();
  const keys = { account: `email:${email}`, ip: `ip:${input.ip}` };
  const [accountAttempt, ipAttempt] = await Promise.all([deps.attempts.get(keys.account), deps.attempts.get(keys.ip)]);
  const wait = Math.max(secondsBlocked(accountAttempt, now), secondsBlocked(ipAttempt, now));
  if (wait > 0) throw new AppError("TOO_MANY_SIGN_IN_ATTEMPTS", `Too many failed sign-ins. Try again in ${wait} seconds.`, { retryAfter: wait });

  const credentials = await deps.people.findCredentials(email);
  // The hasher checks against a dummy hash when there is none, so timing doesn't reveal which emails exist.
  const ok = (await deps.hasher.verify(credentials?.passwordHash ?? null, input.password)) && credentials?.person.active === true;
  if (!ok || !credentials) {
    await deps.attempts.save(keys.account, afterFailure(accountAttempt, now, THROTTLE.account.freeFailures));
    await deps.attempts.save(keys.ip, afterFailure(ipAttempt, now, THROTTLE.ip.freeFailures));
    throw new AppError("INVALID_CREDENTIALS", "That email and password don't match an active account.");
  }
  if (accountAttempt) await deps.attempts.clear(keys.account);

  const sessionToken = deps.secrets.randomToken(32);
  const csrfToken = deps.secrets.randomToken(24);
  const at = now.toISOString();
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
  await deps.sessions.create({
    tokenHash: deps.secrets.hash(sessionToken),
    personId: credentials.person.id,
    csrfToken,
    createdAt: at,
    lastSeenAt: at,
    expiresAt,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  await deps.events.append({ type: "person.signed_in", actorId: credentials.person.id, subjectType: "person", subjectId: credentials.person.id, at });
  return { person: credentials.person, sessionToken, csrfToken, expiresAt };
}

