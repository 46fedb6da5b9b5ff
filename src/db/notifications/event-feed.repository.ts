import type { Kysely } from "kysely";
import type { EventFeed } from "../../core/notifications/notifications.ports.js";
import type { StoredEvent } from "../../core/notifications/notifications.types.js";
import type { Db } from "../dialect.js";
import type { Database } from "../schema.js";

/** The `settings` key holding the id of the last event the dispatcher has handled. */
export const NOTIFICATIONS_CURSOR_KEY = "notifications.cursor";

/** The event log read forward from the notification dispatcher's cursor. */
export class KyselyEventFeed implements EventFeed {
  constructor(
    private readonly kysely: Kysely<Database>,
    private readonly db: Pick<Db, "capabilities">,
  ) {}

  async lockCursor(): Promise<number> {
    await this.kysely.insertInto("settings").values({ key: NOTIFICATIONS_CURSOR_KEY, value: "0" }).onConflict((oc) => oc.column("key").doNothing()).execute();
    let query = this.kysely.selectFrom("settings").select("value").where("key", "=", NOTIFICATIONS_CURSOR_KEY);
    // On PostgreSQL a second node waits here and then reads the advanced cursor instead of redoing the batch;
    // SQLite already lets one writer at a time through.
    if (this.db.capabilities.rowLocks) query = query.forUpdate();
    const row = await query.executeTakeFirstOrThrow();
    return Number(row.value) || 0;
  }

  async setCursor(lastEventId: number): Promise<void> {
    await this.kysely.updateTable("settings").set({ value: String(lastEventId) }).where("key", "=", NOTIFICATIONS_CURSOR_KEY).execute();
  }

  async after(eventId: number, limit: number): Promise<StoredEvent[]> {
    const rows = await this.kysely.selectFrom("events").selectAll().where("id", ">", eventId).orderBy("id").limit(limit).execute();
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      actorId: row.actor_id,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      data: parseData(row.data),
      at: row.created_at,
    }));
  }
}

function parseData(json: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
