import { type Kysely, sql } from "kysely";
import type { AnswerCounts } from "../../core/community/questions/questions.ports.js";
import type { Database } from "../schema.js";

/** Answers per community question: public messages by anyone but the requester. */
export class KyselyAnswerCounts implements AnswerCounts {
  constructor(private readonly kysely: Kysely<Database>) {}

  async forRequests(requestIds: number[]): Promise<Map<number, number>> {
    if (requestIds.length === 0) return new Map();
    const rows = await this.kysely
      .selectFrom("request_messages")
      .innerJoin("requests", "requests.id", "request_messages.request_id")
      .select(["request_messages.request_id", sql<number>`count(*)`.as("n")])
      .where("request_messages.request_id", "in", requestIds)
      .where("request_messages.internal", "=", 0)
      .whereRef("request_messages.author_id", "!=", "requests.requester_id")
      .groupBy("request_messages.request_id")
      .execute();
    return new Map(rows.map((r) => [r.request_id, Number(r.n)]));
  }
}
