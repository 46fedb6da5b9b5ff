import { type Kysely, sql } from "kysely";
import type { ModeExamplesRepository } from "../../core/requests/requests.ports.js";
import type { Mode } from "../../core/requests/requests.types.js";
import type { Database } from "../schema.js";

export class KyselyModeExamplesRepository implements ModeExamplesRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async add(e: { text: string; mode: Mode; source: "starter" | "correction"; requestId: number | null; createdAt: string }): Promise<void> {
    await this.kysely.insertInto("mode_examples").values({ text: e.text, mode: e.mode, source: e.source, request_id: e.requestId, created_at: e.createdAt }).execute();
  }

  /** Inserts many examples in a few statements (the starter set on first start). */
  async addMany(examples: { text: string; mode: Mode; source: "starter" | "correction"; createdAt: string }[]): Promise<void> {
    for (let i = 0; i < examples.length; i += 200) {
      const chunk = examples.slice(i, i + 200).map((e) => ({ text: e.text, mode: e.mode, source: e.source, request_id: null, created_at: e.createdAt }));
      await this.kysely.insertInto("mode_examples").values(chunk).execute();
    }
  }

  async all(): Promise<{ text: string; mode: Mode }[]> {
    const rows = await this.kysely.selectFrom("mode_examples").select(["text", "mode"]).orderBy("id").execute();
    return rows.map((r) => ({ text: r.text, mode: r.mode as Mode }));
  }

  async revision(): Promise<string> {
    const row = await this.kysely.selectFrom("mode_examples").select([sql<number>`count(*)`.as("n"), sql<number | null>`max(id)`.as("last")]).executeTakeFirstOrThrow();
    return `${Number(row.n)}:${row.last ?? 0}`;
  }

  async countBySource(source: "starter" | "correction"): Promise<number> {
    const row = await this.kysely.selectFrom("mode_examples").select(sql<number>`count(*)`.as("n")).where("source", "=", source).executeTakeFirstOrThrow();
    return Number(row.n);
  }
}
