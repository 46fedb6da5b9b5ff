import type { Kysely } from "kysely";
import type { TimelineRepository } from "../../core/requests/requests.ports.js";
import type { TimelineEntry } from "../../core/requests/requests.types.js";
import type { Database } from "../schema.js";

/** A request's timeline is its events, oldest first. */
export class KyselyTimelineRepository implements TimelineRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async forRequest(requestId: number): Promise<TimelineEntry[]> {
    const rows = await this.kysely
      .selectFrom("events")
      .select(["id", "type", "actor_id", "data", "created_at"])
      .where("subject_type", "=", "request")
      .where("subject_id", "=", requestId)
      .orderBy("id")
      .execute();
    return rows.map((row) => ({ id: row.id, type: row.type, actorId: row.actor_id, data: JSON.parse(row.data) as Record<string, unknown>, at: row.created_at }));
  }
}
