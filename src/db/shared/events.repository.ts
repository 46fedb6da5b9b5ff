import type { Kysely } from "kysely";
import type { EventLog, NewEvent } from "../../core/people/people.ports.js";
import type { Database } from "../schema.js";

/** Append-only event log: rows are inserted, never updated or deleted. */
export class KyselyEventLog implements EventLog {
  constructor(private readonly kysely: Kysely<Database>) {}

  async append(event: NewEvent): Promise<void> {
    await this.kysely
      .insertInto("events")
      .values({
        type: event.type,
        actor_id: event.actorId,
        subject_type: event.subjectType,
        subject_id: event.subjectId,
        data: JSON.stringify(event.data ?? {}),
        created_at: event.at,
      })
      .execute();
  }
}
