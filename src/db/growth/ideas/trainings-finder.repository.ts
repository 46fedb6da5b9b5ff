import { type Kysely, sql } from "kysely";
import type { TrainingsFinder } from "../../../core/growth/ideas/ideas.ports.js";
import type { SuggestedTraining } from "../../../core/growth/ideas/ideas.types.js";
import type { Database } from "../../schema.js";

/**
 * Upcoming, not cancelled trainings on some topics, read with plain SQL so ideas depend on nothing of
 * the trainings feature but its table. Where that table does not exist (yet), there are none to suggest.
 * Meant for reads outside a transaction: on PostgreSQL a failed statement would abort one.
 */
export class KyselyTrainingsFinder implements TrainingsFinder {
  constructor(private readonly kysely: Kysely<Database>) {}

  async upcoming(query: { topicIds: number[]; from: string; limit: number }): Promise<SuggestedTraining[]> {
    if (query.topicIds.length === 0) return [];
    try {
      const result = await sql<{ id: number; title: string; topic_id: number; starts_at: string }>`
        SELECT id, title, topic_id, starts_at FROM trainings
        WHERE topic_id IN (${sql.join(query.topicIds)}) AND starts_at >= ${query.from} AND status <> 'cancelled'
        ORDER BY starts_at, id
        LIMIT ${query.limit}`.execute(this.kysely);
      return result.rows.map((r) => ({ id: Number(r.id), title: r.title, topicId: Number(r.topic_id), startsAt: r.starts_at }));
    } catch (error) {
      if (isMissingTable(error)) return [];
      throw error;
    }
  }
}

/** SQLite says "no such table", PostgreSQL `42P01` (undefined_table). */
const isMissingTable = (error: unknown) =>
  error instanceof Error && (/no such table/i.test(error.message) || (error as { code?: unknown }).code === "42P01");
