import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPEN_STATUSES } from "../../core/requests/lifecycle.js";
import { createTestContext, DIALECTS, type TestContext } from "../testing/test-databases.js";
import { DEMO_TEAM_NAME, type DemoCommunity, EVERYONE_TOPICS, MIN_ELIGIBLE, planDemoCommunity } from "./demo-community.js";
import { planDemoGrowth } from "./demo-growth.js";
import { planDemoKnowledge } from "./demo-knowledge.js";
import { planDemoHistory } from "./demo-requests.js";
import { seedDemo } from "./demo-seed.js";

const NOW = new Date("2026-09-01T08:00:00Z");

for (const dialect of DIALECTS) {
  describe(`the demo community on ${dialect}`, () => {
    let t: TestContext;
    let plan: DemoCommunity;
    /** Skill rows the demo's trainings added (attendees who had none on the topic). */
    let trained: number;
    beforeAll(async () => {
      t = await createTestContext(dialect, { now: NOW });
      await seedDemo(t.ctx);
      const history = planDemoHistory(NOW);
      plan = planDemoCommunity(history);
      const had = new Set(plan.skills.map((s) => `${s.person}:${s.topic}`));
      trained = planDemoGrowth(history, planDemoKnowledge(history), plan).skills.filter((s) => !had.has(`${s.person}:${s.topic}`)).length;
    });
    afterAll(() => t.close());

    const db = () => t.ctx.db.kysely;
    const count = async (query: ReturnType<typeof sql<{ n: number | string }>>) => Number((await query.execute(db())).rows[0]!.n);
    const counts = async () => ({
      skills: await count(sql`select count(*) as n from skills`),
      interests: await count(sql`select count(*) as n from interests`),
      profiles: await count(sql`select count(*) as n from helper_profiles`),
      members: await count(sql`select count(*) as n from group_members`),
      groups: await count(sql`select count(*) as n from helper_groups`),
      grouped: await count(sql`select count(*) as n from requests where group_id is not null`),
      staffOnly: await count(sql`select count(*) as n from requests where staff_only = 1`),
      community: await count(sql`select count(*) as n from requests where community = 1`),
      minutes: await count(sql`select count(*) as n from requests where minutes_spent is not null`),
    });

    it("writes the planned skills, interests, profiles, team and request flags", async () => {
      expect(await counts()).toEqual({
        skills: plan.skills.length + trained,
        interests: plan.interests.length,
        profiles: plan.profiles.length,
        members: plan.group.members.length,
        groups: 1,
        grouped: plan.groupRequests.length,
        staffOnly: plan.staffOnly.length,
        community: plan.community.length,
        minutes: plan.minutesSpent.length,
      });
      const everyone = await db().selectFrom("topics").select("name").where("community_audience", "=", "everyone").orderBy("name").execute();
      expect(everyone.map((r) => r.name)).toEqual([...EVERYONE_TOPICS].sort());
      expect(await count(sql`select count(*) as n from topics where auto_assign = 1`)).toBe(plan.autoAssignTopics.length);
    });

    it("leaves every topic at least two eligible helpers under their cap (DESIGN.md \"Routing\")", async () => {
      const open = sql.join(OPEN_STATUSES.map((s) => sql`${s}`));
      const rows = await sql<{ name: string; n: number | string }>`
        select t.name, count(distinct p.id) as n
        from topics t
        left join people p on p.active = 1
          and exists (select 1 from person_roles pr where pr.person_id = p.id and pr.role in ('helper', 'tech'))
          and not exists (select 1 from helper_profiles hp where hp.person_id = p.id and hp.away = 1)
          and (select count(*) from requests r where r.assignee_id = p.id and r.status in (${open}))
            < coalesce((select hp.open_cap from helper_profiles hp where hp.person_id = p.id), 5)
          and exists (select 1 from skills s where s.person_id = p.id and (s.topic_id = t.id or s.topic_id = t.parent_id))
        group by t.name
        order by t.name`.execute(db());
      expect(rows.rows).toHaveLength(24);
      for (const row of rows.rows) expect(Number(row.n), row.name).toBeGreaterThanOrEqual(MIN_ELIGIBLE);
    });

    it("gives the team students and supervisors, and only its students' or unassigned requests, none staff-only", async () => {
      const members = await db()
        .selectFrom("group_members")
        .innerJoin("helper_groups", "helper_groups.id", "group_members.group_id")
        .innerJoin("people", "people.id", "group_members.person_id")
        .select(["people.email", "people.kind", "group_members.role"])
        .where("helper_groups.name", "=", DEMO_TEAM_NAME)
        .execute();
      expect(members).toContainEqual({ email: "studenttech@riverside.example", kind: "student", role: "member" });
      expect(members).toContainEqual({ email: "tech@riverside.example", kind: "staff", role: "supervisor" });
      expect(members.filter((m) => m.role === "member").every((m) => m.kind === "student")).toBe(true);
      expect(await count(sql`select count(*) as n from requests where group_id is not null and staff_only = 1`)).toBe(0);
      expect(await count(sql`select count(*) as n from requests r where r.group_id is not null and r.assignee_id is not null
        and not exists (select 1 from group_members m where m.group_id = r.group_id and m.person_id = r.assignee_id and m.role = 'member')`)).toBe(0);
      expect(await count(sql`select count(*) as n from requests where minutes_spent is not null and (group_id is null or resolved_at is null or minutes_spent < 5 or minutes_spent > 60)`)).toBe(0);
    });

    it("adds nothing on a second run", async () => {
      const before = await counts();
      expect(await seedDemo(t.ctx)).toMatchObject({ seeded: false, skipped: "already_seeded" });
      expect(await counts()).toEqual(before);
    });
  });
}
