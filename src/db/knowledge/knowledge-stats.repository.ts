import { type Kysely, sql } from "kysely";
import type { KnowledgeCounts, KnowledgeStatsSource } from "../../core/knowledge/knowledge-stats.js";
import type { Database } from "../schema.js";

const COUNTED_LINKS = ["solved_by", "referenced", "created_from"];

/** Portable COUNTs for the knowledge figures; the same numbers on both engines. */
export class KyselyKnowledgeStats implements KnowledgeStatsSource {
  constructor(private readonly kysely: Kysely<Database>) {}

  async counts({ from, to }: { from: string; to: string }): Promise<KnowledgeCounts> {
    const n = sql<number>`count(*)`.as("n");
    const resolved = this.kysely.selectFrom("requests").where("resolved_at", ">=", from).where("resolved_at", "<", to);
    const [all, linked, deflections, submitted, states] = await Promise.all([
      resolved.select(n).executeTakeFirstOrThrow(),
      resolved
        .select(n)
        .where("id", "in", (eb) => eb.selectFrom("article_links").select("request_id").where("kind", "in", COUNTED_LINKS))
        .executeTakeFirstOrThrow(),
      this.kysely.selectFrom("deflections").select(n).where("created_at", ">=", from).where("created_at", "<", to).executeTakeFirstOrThrow(),
      this.kysely.selectFrom("requests").select(n).where("created_at", ">=", from).where("created_at", "<", to).executeTakeFirstOrThrow(),
      this.kysely.selectFrom("articles").select(["state", n]).groupBy("state").execute(),
    ]);
    return {
      resolvedRequests: Number(all.n),
      linkedResolvedRequests: Number(linked.n),
      deflections: Number(deflections.n),
      requestsSubmitted: Number(submitted.n),
      articlesByState: Object.fromEntries(states.map((s) => [s.state, Number(s.n)])),
    };
  }
}
