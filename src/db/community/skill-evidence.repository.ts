import { type Kysely, sql } from "kysely";
import type { SkillEvidenceSource } from "../../core/community/grow-skills.js";
import type { Database } from "../schema.js";

export class KyselySkillEvidence implements SkillEvidenceSource {
  constructor(private readonly kysely: Kysely<Database>) {}

  async guidedYes(personId: number, topicIds: number[]): Promise<number> {
    if (topicIds.length === 0) return 0;
    const row = await this.kysely
      .selectFrom("requests")
      .select(sql<number>`count(*)`.as("n"))
      .where("resolver_id", "=", personId)
      .where("resolution_kind", "=", "guided")
      .where("self_reliance", "=", "yes")
      .where("topic_id", "in", topicIds)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
