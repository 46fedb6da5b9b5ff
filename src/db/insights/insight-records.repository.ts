import { type Kysely, sql } from "kysely";
import { type DeflectionCounts, type InsightFilter, type InsightPerson, type InsightSource, monthFormat, type SourcedRecord } from "../../core/insights/dependency-insights.js";
import type { PersonKind } from "../../core/people/people.types.js";
import type { Database } from "../schema.js";

/** Links that tie a request to the knowledge base (KCS link rate); "viewed" is not one. */
const COUNTED_LINKS = ["solved_by", "referenced", "created_from"];
const PAGE = 2000;
const CHUNK = 500;

/**
 * Requests as `InsightRecord`s, streamed in pages keyset by id, and deflection counts. Portable SQL only
 * (plain comparisons on ISO text, IN lists, COUNT … GROUP BY substr); time zones are applied in TypeScript,
 * so both engines give identical results.
 */
export class KyselyInsightRecords implements InsightSource {
  constructor(private readonly kysely: Kysely<Database>) {}

  async *records(filter: InsightFilter & { since: string; to: string }): AsyncIterable<SourcedRecord> {
    const topics = await this.topicScope(filter.topicId);
    const topicNames = new Map((await this.kysely.selectFrom("topics").select(["id", "name"]).execute()).map((t) => [t.id, t.name]));
    const techs = new Set((await this.kysely.selectFrom("person_roles").select("person_id").where("role", "=", "tech").execute()).map((r) => r.person_id));
    let after = 0;
    for (;;) {
      let query = this.kysely
        .selectFrom("requests")
        .select(["id", "requester_id", "resolver_id", "topic_id", "created_at", "resolved_at", "mode", "nature", "self_reliance"])
        .where("id", ">", after)
        .where((eb) =>
          eb.or([
            eb.and([eb("created_at", ">=", filter.since), eb("created_at", "<", filter.to)]),
            eb.and([eb("resolved_at", ">=", filter.since), eb("resolved_at", "<", filter.to)]),
          ]),
        )
        .orderBy("id")
        .limit(PAGE);
      if (filter.campusId !== null) query = query.where("campus_id", "=", filter.campusId);
      if (topics) query = query.where("topic_id", "in", topics);
      const rows = await query.execute();
      if (rows.length === 0) return;
      const linked = new Set(
        (
          await this.kysely
            .selectFrom("article_links")
            .select("request_id")
            .where("request_id", "in", rows.map((r) => r.id))
            .where("kind", "in", COUNTED_LINKS)
            .execute()
        ).map((l) => l.request_id),
      );
      for (const row of rows) {
        yield {
          requesterId: row.requester_id,
          helperId: row.resolver_id,
          requester: String(row.requester_id),
          helper: row.resolver_id === null ? null : String(row.resolver_id),
          helperIsTech: row.resolver_id === null ? null : techs.has(row.resolver_id),
          topic: topicNames.get(row.topic_id) ?? String(row.topic_id),
          created: Date.parse(row.created_at),
          resolved: row.resolved_at === null ? null : Date.parse(row.resolved_at),
          mode: row.mode === "guide" || row.mode === "idea" || row.mode === "do" ? row.mode : null,
          nature: row.nature === "learnable" || row.nature === "specialist" ? row.nature : null,
          selfReliance: row.self_reliance === "yes" || row.self_reliance === "partly" || row.self_reliance === "no" ? row.self_reliance : null,
          linked: linked.has(row.id),
        };
      }
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.id;
    }
  }

  /**
   * Deflections in `[from, to)` by the campus's people, on articles about the topic (or its subtopics). Counted
   * per UTC minute in SQL (every zone offset is whole minutes), then bucketed into months of the zone here.
   */
  async deflections(filter: InsightFilter & { from: string; to: string; timeZone: string }): Promise<DeflectionCounts> {
    const topics = await this.topicScope(filter.topicId);
    const minute = sql<string>`substr(deflections.created_at, 1, 16)`;
    let query = this.kysely
      .selectFrom("deflections")
      .select([minute.as("minute"), sql<number>`count(*)`.as("n")])
      .where("deflections.created_at", ">=", filter.from)
      .where("deflections.created_at", "<", filter.to)
      .groupBy(minute);
    if (filter.campusId !== null) {
      const campusId = filter.campusId;
      query = query.where("deflections.person_id", "in", (eb) => eb.selectFrom("people").select("id").where("campus_id", "=", campusId));
    }
    if (topics) query = query.where("deflections.article_id", "in", (eb) => eb.selectFrom("article_topics").select("article_id").where("topic_id", "in", topics));
    const rows = await query.execute();
    const format = monthFormat(filter.timeZone);
    const byMonth = new Map<string, number>();
    let total = 0;
    for (const row of rows) {
      const n = Number(row.n);
      total += n;
      const month = format(new Date(`${row.minute}:00Z`));
      byMonth.set(month, (byMonth.get(month) ?? 0) + n);
    }
    return { total, byMonth };
  }

  async timeZone(campusId: number | null): Promise<string | null> {
    if (campusId !== null) {
      const campus = await this.kysely.selectFrom("campuses").select("time_zone").where("id", "=", campusId).executeTakeFirst();
      return campus?.time_zone ?? null;
    }
    const first = await this.kysely.selectFrom("campuses").select("time_zone").orderBy("id").limit(1).executeTakeFirst();
    return first?.time_zone ?? "UTC";
  }

  async topicExists(topicId: number): Promise<boolean> {
    return (await this.kysely.selectFrom("topics").select("id").where("id", "=", topicId).executeTakeFirst()) !== undefined;
  }

  async people(ids: readonly number[]): Promise<InsightPerson[]> {
    const found: InsightPerson[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const chunk = ids.slice(i, i + CHUNK);
      const [rows, techs] = await Promise.all([
        this.kysely
          .selectFrom("people")
          .leftJoin("campuses", "campuses.id", "people.campus_id")
          .select(["people.id", "people.name", "people.kind", "campuses.name as campus_name"])
          .where("people.id", "in", chunk)
          .execute(),
        this.kysely.selectFrom("person_roles").select("person_id").where("person_id", "in", chunk).where("role", "=", "tech").execute(),
      ]);
      const tech = new Set(techs.map((t) => t.person_id));
      for (const r of rows) found.push({ id: r.id, name: r.name, kind: r.kind as PersonKind, campusName: r.campus_name, isTech: tech.has(r.id) });
    }
    return found.sort((a, b) => a.id - b.id);
  }

  /** The topic and all its descendants; null for no topic filter. */
  private async topicScope(topicId: number | null): Promise<number[] | null> {
    if (topicId === null) return null;
    const all = await this.kysely.selectFrom("topics").select(["id", "parent_id"]).execute();
    const scope = new Set([topicId]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const t of all) {
        if (t.parent_id !== null && scope.has(t.parent_id) && !scope.has(t.id)) {
          scope.add(t.id);
          grew = true;
        }
      }
    }
    return [...scope].sort((a, b) => a - b);
  }
}
