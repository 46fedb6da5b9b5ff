import type { Kysely } from "kysely";
import type { MailOutbox, MailQueue, OutboxMail, OutboxStatus } from "../../core/notifications/notifications.ports.js";
import type { NewMail } from "../../core/notifications/notifications.types.js";
import type { Db } from "../dialect.js";
import type { Database } from "../schema.js";

/** The `mail_outbox` table: rendered emails waiting to go out, with their retry state. */
export class KyselyMailOutbox implements MailOutbox, MailQueue {
  constructor(
    private readonly kysely: Kysely<Database>,
    private readonly db: Pick<Db, "capabilities">,
  ) {}

  async enqueue(mails: NewMail[]): Promise<number> {
    if (mails.length === 0) return 0;
    const rows = await this.kysely
      .insertInto("mail_outbox")
      .values(
        mails.map((m) => ({
          event_id: m.eventId,
          person_id: m.personId,
          to_address: m.to,
          subject: m.subject,
          text_body: m.text,
          html_body: m.html,
          status: "pending",
          attempts: 0,
          next_attempt_at: m.createdAt,
          created_at: m.createdAt,
        })),
      )
      .onConflict((oc) => oc.columns(["event_id", "person_id"]).doNothing())
      .returning("id")
      .execute();
    return rows.length;
  }

  async claimDue(now: string, lockUntil: string, limit: number): Promise<OutboxMail[]> {
    let due = this.kysely
      .selectFrom("mail_outbox")
      .select("id")
      .where("status", "=", "pending")
      .where("next_attempt_at", "<=", now)
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", now)]))
      .orderBy("id")
      .limit(limit);
    if (this.db.capabilities.rowLocks) due = due.forUpdate().skipLocked();
    const rows = await this.kysely
      .updateTable("mail_outbox")
      .set({ locked_until: lockUntil })
      .where("id", "in", due)
      // Repeated outside the subquery: PostgreSQL re-checks these on a row another node just claimed.
      .where("status", "=", "pending")
      .where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", now)]))
      .returning(["id", "to_address", "subject", "text_body", "html_body", "attempts"])
      .execute();
    return rows
      .map((row) => ({ id: row.id, to: row.to_address, subject: row.subject, text: row.text_body, html: row.html_body, attempts: row.attempts }))
      .sort((a, b) => a.id - b.id);
  }

  async settle(id: number, outcome: { status: OutboxStatus; attempts: number; nextAttemptAt?: string; error?: string | null; sentAt?: string | null }): Promise<void> {
    await this.kysely
      .updateTable("mail_outbox")
      .set({
        status: outcome.status,
        attempts: outcome.attempts,
        locked_until: null,
        ...(outcome.nextAttemptAt !== undefined && { next_attempt_at: outcome.nextAttemptAt }),
        ...(outcome.error !== undefined && { last_error: outcome.error }),
        ...(outcome.sentAt !== undefined && { sent_at: outcome.sentAt }),
      })
      .where("id", "=", id)
      .execute();
  }
}
