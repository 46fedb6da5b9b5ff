import { type Kysely, sql } from "kysely";
import type { DirectoryEntry, DirectoryFilter, DirectoryRepository } from "../../core/community/community.ports.js";
import type { SkillLevel } from "../../core/community/community.types.js";
import { OPEN_STATUSES } from "../../core/requests/lifecycle.js";
import type { Db } from "../dialect.js";
import type { Database } from "../schema.js";
import { groupBy } from "./routing-data.repository.js";

const LEVEL_RANK: Record<SkillLevel, number> = { learning: 0, practitioner: 1, mentor: 2 };

/** The community directory: people found by skill or interest, with their load and what they helped with. */
export class KyselyDirectory implements DirectoryRepository {
  constructor(
    private readonly kysely: Kysely<Database>,
    private readonly db: Pick<Db, "capabilities">,
  ) {}

  async find(f: DirectoryFilter, at: string): Promise<DirectoryEntry[]> {
    let query = this.kysely.selectFrom("people").select(["id", "name", "kind", "campus_id"]).where("active", "=", 1);
    if (!f.includeStudents) query = query.where("kind", "!=", "student");
    if (f.campusId !== undefined) query = query.where("campus_id", "=", f.campusId);
    if (f.q) query = query.where(sql`lower(name)`, this.db.capabilities.ilike, `%${f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const skilled = f.topicIds?.length
      ? this.kysely.selectFrom("skills").select("person_id").where("topic_id", "in", f.topicIds)
      : this.kysely.selectFrom("skills").select("person_id");
    if (f.interestTopicIds?.length) {
      const topics = f.interestTopicIds;
      query = query.where("id", "in", this.kysely.selectFrom("interests").select("person_id").where("topic_id", "in", topics));
    } else {
      query = query.where("id", "in", skilled);
    }
    const people = await query.orderBy("name").orderBy("id").limit(Math.min(f.limit * 3, 600)).execute();
    if (people.length === 0) return [];
    const ids = people.map((p) => p.id);
    const since = new Date(Date.parse(at) - 365 * 86_400_000).toISOString();
    const [roles, skills, interests, profiles, loads, helped] = await Promise.all([
      this.kysely.selectFrom("person_roles").selectAll().where("person_id", "in", ids).execute(),
      this.kysely.selectFrom("skills").selectAll().where("person_id", "in", ids).execute(),
      this.kysely.selectFrom("interests").selectAll().where("person_id", "in", ids).execute(),
      this.kysely.selectFrom("helper_profiles").selectAll().where("person_id", "in", ids).execute(),
      this.kysely.selectFrom("requests").select(["assignee_id", sql<number>`count(*)`.as("n")]).where("assignee_id", "in", ids).where("status", "in", [...OPEN_STATUSES]).groupBy("assignee_id").execute(),
      this.kysely
        .selectFrom("requests")
        .select(["resolver_id", "topic_id", sql<number>`count(*)`.as("n")])
        .where("resolver_id", "in", ids)
        .where("resolved_at", ">=", since)
        .groupBy(["resolver_id", "topic_id"])
        .execute(),
    ]);
    const rolesBy = groupBy(roles, (r) => r.person_id);
    const skillsBy = groupBy(skills, (s) => s.person_id);
    const interestsBy = groupBy(interests, (i) => i.person_id);
    const helpedBy = groupBy(helped, (h) => h.resolver_id);
    const profileBy = new Map(profiles.map((x) => [x.person_id, x]));
    const loadBy = new Map(loads.map((l) => [l.assignee_id, Number(l.n)]));
    const entries = people.map((p): DirectoryEntry => {
      const profile = profileBy.get(p.id);
      return {
        personId: p.id,
        name: p.name,
        kind: p.kind,
        campusId: p.campus_id,
        roles: ["member", ...(rolesBy.get(p.id) ?? []).map((r) => r.role)],
        skills: (skillsBy.get(p.id) ?? [])
          .map((s) => ({ topicId: s.topic_id, level: s.level as SkillLevel, endorsed: s.endorsed_by !== null }))
          .sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level] || a.topicId - b.topicId),
        interests: (interestsBy.get(p.id) ?? []).map((i) => i.topic_id),
        away: profile?.away === 1,
        openLoad: loadBy.get(p.id) ?? 0,
        openCap: profile?.open_cap ?? 5,
        helped: (helpedBy.get(p.id) ?? []).map((h) => ({ topicId: h.topic_id, count: Number(h.n) })),
      };
    });
    const wanted = f.level ? LEVEL_RANK[f.level] : 0;
    const topics = new Set(f.topicIds ?? []);
    const best = (e: DirectoryEntry) => Math.max(-1, ...e.skills.filter((s) => topics.size === 0 || topics.has(s.topicId)).map((s) => LEVEL_RANK[s.level]));
    return entries
      .filter((e) => f.interestTopicIds?.length || best(e) >= wanted)
      // Best placed first: skill on the asked topics, then who has room, then name.
      .sort((a, b) => best(b) - best(a) || a.openLoad / a.openCap - b.openLoad / b.openCap || a.name.localeCompare(b.name))
      .slice(0, f.limit);
  }
}
