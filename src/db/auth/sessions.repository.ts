import type { Kysely } from "kysely";
import type { SessionsRepository, StoredSession } from "../../core/auth/auth.ports.js";
import type { Database } from "../schema.js";

export class KyselySessionsRepository implements SessionsRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async create(session: StoredSession & { userAgent: string | null }): Promise<void> {
    await this.kysely
      .insertInto("sessions")
      .values({
        token_hash: session.tokenHash,
        person_id: session.personId,
        csrf_token: session.csrfToken,
        created_at: session.createdAt,
        last_seen_at: session.lastSeenAt,
        expires_at: session.expiresAt,
        user_agent: session.userAgent,
      })
      .execute();
  }

  async find(tokenHash: string): Promise<StoredSession | null> {
    const row = await this.kysely.selectFrom("sessions").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
    return row
      ? { tokenHash: row.token_hash, personId: row.person_id, csrfToken: row.csrf_token, createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at }
      : null;
  }

  async touch(tokenHash: string, lastSeenAt: string, expiresAt: string): Promise<void> {
    await this.kysely.updateTable("sessions").set({ last_seen_at: lastSeenAt, expires_at: expiresAt }).where("token_hash", "=", tokenHash).execute();
  }

  async delete(tokenHash: string): Promise<void> {
    await this.kysely.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
  }

  async deleteForPerson(personId: number): Promise<void> {
    await this.kysely.deleteFrom("sessions").where("person_id", "=", personId).execute();
  }

  /** Housekeeping: drops sessions past their expiry. */
  async deleteExpired(now: string): Promise<number> {
    const result = await this.kysely.deleteFrom("sessions").where("expires_at", "<=", now).executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
