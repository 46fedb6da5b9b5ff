import { type Kysely, sql } from "kysely";
import type { RoutingDataSource } from "../../core/community/community.ports.js";
import type { RoutingCandidate, SkillLevel } from "../../core/community/community.types.js";
import { OPEN_STATUSES } from "../../core/requests/lifecycle.js";
import type { Database } from "../schema.js";
import { parseDays } from "./skills.repository.js";

/** Rows grouped by a key (a person's id), in their original order. */
export function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const r of rows) {
    const key = keyOf(r);
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  }
  return map;
}

/**
 * Everything the router weighs, in a handful of grouped queries: active people with the helper or tech
 * role, their skills, interests, availability, open load, recent share of resolutions and when they
 * were last assigned.
 */
export class KyselyRoutingData implements RoutingDataSource {
  constructor(private readonly kysely: Kysely<Database>) {}

  async candidates({ at, recentDays }: { at: string; recentDays: number }): Promise<RoutingCandidate[]> {
    const since = new Date(Date.parse(at) - recentDays * 86_400_000).toISOString();
    const people = await this.kysely
      .selectFrom("people")
      .innerJoin("person_roles", "person_roles.person_id", "people.id")
      .select(["people.id", "people.name", "people.kind"])
      .where("people.active", "=", 1)
      .where("person_roles.role", "in", ["helper", "tech"])
      .groupBy(["people.id", "people.name", "people.kind"])
      .orderBy("people.id")
      .execute();
    if (people.length === 0) return [];
    const ids = people.map((p) => p.id);
    const [roles, skills, interests, profiles, loads, resolutions, assigned] = await Promise.all([
      this.kysely.selectFrom("person_roles").selectAll().where("person_id", "in", ids).execute(),
      this.kysely.selectFrom("skills").select(["person_id", "topic_id", "level"]).where("person_id", "in", ids).execute(),
      this.kysely.selectFrom("interests").selectAll().where("person_id", "in", ids).execute(),
      this.kysely.selectFrom("helper_profiles").selectAll().where("person_id", "in", ids).execute(),
      this.kysely
        .selectFrom("requests")
        .select(["assignee_id", sql<number>`count(*)`.as("n")])
        .where("assignee_id", "in", ids)
        .where("status", "in", [...OPEN_STATUSES])
        .groupBy("assignee_id")
        .execute(),
      this.kysely
        .selectFrom("requests")
        .select(["resolver_id", sql<number>`count(*)`.as("n")])
        .where("resolved_at", ">=", since)
        .where("resolved_at", "<", at)
        .where("resolver_id", "is not", null)
        .groupBy("resolver_id")
        .execute(),
      this.kysely.selectFrom("events").select(["data", "created_at"]).where("type", "=", "request.assigned").where("created_at", ">=", since).execute(),
    ]);
    const totalResolutions = resolutions.reduce((sum, r) => sum + Number(r.n), 0);
    const lastAssigned = new Map<number, string>();
    for (const event of assigned) {
      const assigneeId = (JSON.parse(event.data) as { assigneeId?: number | null }).assigneeId;
      if (typeof assigneeId === "number" && (lastAssigned.get(assigneeId) ?? "") < event.created_at) lastAssigned.set(assigneeId, event.created_at);
    }
    const rolesBy = groupBy(roles, (r) => r.person_id);
    const skillsBy = groupBy(skills, (s) => s.person_id);
    const interestsBy = groupBy(interests, (i) => i.person_id);
    const profileBy = new Map(profiles.map((p) => [p.person_id, p]));
    const loadBy = new Map(loads.map((l) => [l.assignee_id!, Number(l.n)]));
    const resolvedBy = new Map(resolutions.map((r) => [r.resolver_id!, Number(r.n)]));
    return people.map((p) => {
      const profile = profileBy.get(p.id);
      return {
        personId: p.id,
        name: p.name,
        kind: p.kind,
        roles: ["member", ...(rolesBy.get(p.id) ?? []).map((r) => r.role)],
        skills: new Map((skillsBy.get(p.id) ?? []).map((s) => [s.topic_id, s.level as SkillLevel])),
        interests: new Set((interestsBy.get(p.id) ?? []).map((i) => i.topic_id)),
        away: profile?.away === 1,
        days: parseDays(profile?.days ?? ""),
        hoursPerWeek: profile?.hours_per_week ?? null,
        openCap: profile?.open_cap ?? 5,
        openLoad: loadBy.get(p.id) ?? 0,
        recentShare: totalResolutions ? (resolvedBy.get(p.id) ?? 0) / totalResolutions : 0,
        lastAssignedAt: lastAssigned.get(p.id) ?? null,
      };
    });
  }
}
