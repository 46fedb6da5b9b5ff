import type { MailQueue } from "../../core/notifications/notifications.ports.js";
import type { Clock } from "../../core/people/people.ports.js";
import type { MailTransport } from "./smtp-transport.js";

/** After this many failed attempts a mail is marked `failed` and no longer retried. */
export const MAX_ATTEMPTS = 8;
/** How long a claim holds a row; far longer than the transport's own timeouts, so only a crashed node's claim expires. */
export const CLAIM_MS = 5 * 60_000;

/** Wait before the next attempt after `attempts` failures: 1 min, 2, 4 … capped at 1 hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

export interface SendResult {
  sent: number;
  retried: number;
  failed: number;
  logged: number;
}

/**
 * Sends the due outbox mail once. Without a transport (no SMTP_URL) each mail is written to the log
 * and marked `logged` instead, so it stays visible in the outbox but is never sent later.
 */
export async function sendDueMail(
  deps: { queue: MailQueue; transport: MailTransport | null; clock: Clock; log: (msg: string) => void; describeError: (error: unknown) => string },
  options: { limit?: number } = {},
): Promise<SendResult> {
  const result: SendResult = { sent: 0, retried: 0, failed: 0, logged: 0 };
  const now = deps.clock.now();
  const claimed = await deps.queue.claimDue(now.toISOString(), new Date(now.getTime() + CLAIM_MS).toISOString(), options.limit ?? 50);
  for (const mail of claimed) {
    if (!deps.transport) {
      deps.log(`mail (no SMTP_URL, kept in outbox): to ${mail.to}: ${mail.subject}`);
      await deps.queue.settle(mail.id, { status: "logged", attempts: mail.attempts });
      result.logged += 1;
      continue;
    }
    try {
      await deps.transport.send(mail);
      await deps.queue.settle(mail.id, { status: "sent", attempts: mail.attempts + 1, sentAt: deps.clock.now().toISOString(), error: null });
      result.sent += 1;
    } catch (error) {
      const attempts = mail.attempts + 1;
      const giveUp = attempts >= MAX_ATTEMPTS;
      const message = deps.describeError(error);
      const nextAttemptAt = new Date(deps.clock.now().getTime() + retryDelayMs(attempts)).toISOString();
      await deps.queue.settle(mail.id, { status: giveUp ? "failed" : "pending", attempts, nextAttemptAt, error: message });
      deps.log(`mail to ${mail.to} ${giveUp ? `failed for good after ${attempts} attempts` : `failed (attempt ${attempts}), retrying at ${nextAttemptAt}`}: ${message}`);
      if (giveUp) result.failed += 1;
      else result.retried += 1;
    }
  }
  return result;
}
