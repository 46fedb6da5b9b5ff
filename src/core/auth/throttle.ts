import type { SignInAttempt } from "./auth.ports.js";

/**
 * How failed sign-ins are slowed down. Per account: 5 free tries, then a block that doubles from
 * 30 s up to 15 min. Per IP address (a whole school may share one): 50 free tries, same doubling.
 * Failures older than an hour are forgotten.
 */
export const THROTTLE = {
  account: { freeFailures: 5 },
  ip: { freeFailures: 50 },
  firstBlockSeconds: 30,
  maxBlockSeconds: 15 * 60,
  forgetAfterSeconds: 60 * 60,
} as const;

/** Seconds still to wait before another try, or 0. */
export function secondsBlocked(attempt: SignInAttempt | null, now: Date): number {
  if (!attempt?.blockedUntil) return 0;
  return Math.max(0, Math.ceil((Date.parse(attempt.blockedUntil) - now.getTime()) / 1000));
}

/** The record after one more failure, with a block once the free failures are used up. */
export function afterFailure(attempt: SignInAttempt | null, now: Date, freeFailures: number): SignInAttempt {
  const fresh = !attempt || now.getTime() - Date.parse(attempt.firstFailureAt) > THROTTLE.forgetAfterSeconds * 1000;
  const failures = fresh ? 1 : attempt.failures + 1;
  const over = failures - freeFailures;
  const blockSeconds = over > 0 ? Math.min(THROTTLE.maxBlockSeconds, THROTTLE.firstBlockSeconds * 2 ** (over - 1)) : 0;
  return {
    failures,
    firstFailureAt: fresh ? now.toISOString() : attempt.firstFailureAt,
    blockedUntil: blockSeconds > 0 ? new Date(now.getTime() + blockSeconds * 1000).toISOString() : null,
  };
}
