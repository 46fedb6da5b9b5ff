import type { Kysely } from "kysely";
import type { GrowthRequestRow, GrowthSkillRow, GrowthSource } from "../../core/insights/my-growth.js";
import type { Database } from "../schema.js";

/** One person's requests and skill growth, for their own growth picture. */
export class KyselyGrowthSource implements GrowthSource {
  constructor(private readonly kysely: Kysely<Database>) {}

  async requests(personId: number, { from, to }: { from: string; to: string }): Promise<GrowthRequestRow[]> {
    const rows = await this.kysely
      .selectFrom("requests")
      .select(["created_at", "resolved_at", "mode", "resolution_kind", "self_reliance"])
      .where("requester_id", "=", personId)
      .where((eb) => eb.or([eb.and([eb("created_at", ">=", from), eb("created_at", "<", to)]), eb.and([eb("resolved_at", ">=", from), eb("resolved_at", "<", to)])]))
      .orderBy("id")
      .execute();
    return rows.map((r) => ({ createdAt: r.created_at, resolvedAt: r.resolved_at, mode: r.mode, resolutionKind: r.resolution_kind, selfReliance: r.self_reliance }));
  }

  async skillsRaised(personId: number, { from, to }: { from: string; to: string }): Promise<GrowthSkillRow[]> {
    const [events, topics] = await Promise.all([
      this.kysely
        .selectFrom("events")
        .select(["created_at", "data"])
        .where("type", "=", "skill.raised")
        .where("subject_type", "=", "person")
        .where("subject_id", "=", personId)
        .where("created_at", ">=", from)
        .where("created_at", "<", to)
        .orderBy("created_at")
        .orderBy("id")
        .execute(),
      this.kysely.selectFrom("topics").select(["id", "name"]).execute(),
    ]);
    const names = new Map(topics.map((t) => [t.id, t.name]));
    return events.map((e) => {
      const data = JSON.parse(e.data) as { topicId?: number; from?: string | null; to?: string };
      return { at: e.created_at, topic: names.get(data.topicId ?? -1) ?? "a topic", from: data.from ?? null, to: data.to ?? "learning" };
    });
  }

  async timeZoneOf(personId: number): Promise<string> {
    const row = await this.kysely
      .selectFrom("people")
      .leftJoin("campuses", "campuses.id", "people.campus_id")
      .select("campuses.time_zone")
      .where("people.id", "=", personId)
      .executeTakeFirst();
    if (row?.time_zone) return row.time_zone;
    const first = await this.kysely.selectFrom("campuses").select("time_zone").orderBy("id").limit(1).executeTakeFirst();
    return first?.time_zone ?? "UTC";
  }
}
