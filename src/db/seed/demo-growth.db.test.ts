import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, DIALECTS, type TestContext } from "../testing/test-databases.js";
import { planDemoCommunity } from "./demo-community.js";
import { type DemoGrowth, planDemoGrowth } from "./demo-growth.js";
import { planDemoKnowledge } from "./demo-knowledge.js";
import { planDemoHistory } from "./demo-requests.js";
import { seedDemo } from "./demo-seed.js";

const NOW = new Date("2026-09-01T08:00:00Z");

for (const dialect of DIALECTS) {
  describe(`the demo growth on ${dialect}`, () => {
    let t: TestContext;
    let plan: DemoGrowth;
    beforeAll(async () => {
      t = await createTestContext(dialect, { now: NOW });
      await seedDemo(t.ctx);
      const history = planDemoHistory(NOW);
      const community = planDemoCommunity(history);
      plan = planDemoGrowth(history, planDemoKnowledge(history), community);
    });
    afterAll(() => t.close());

    const db = () => t.ctx.db.kysely;
    const count = async (query: ReturnType<typeof sql<{ n: number | string }>>) => Number((await query.execute(db())).rows[0]!.n);
    const counts = async () => ({
      trainings: await count(sql`select count(*) as n from trainings`),
      materials: await count(sql`select count(*) as n from training_materials`),
      enrolments: await count(sql`select count(*) as n from enrolments`),
      attended: await count(sql`select count(*) as n from enrolments where attended = 1 and attendance_marked_at is not null`),
      trainingSkills: await count(sql`select count(*) as n from skills where source = 'training'`),
      raised: await count(sql`select count(*) as n from events where type = 'skill.raised'`),
      ideas: await count(sql`select count(*) as n from ideas`),
      ideaTopics: await count(sql`select count(*) as n from idea_topics`),
      mentors: await count(sql`select count(*) as n from idea_mentors`),
      milestones: await count(sql`select count(*) as n from idea_milestones`),
      updates: await count(sql`select count(*) as n from idea_updates`),
      ideaEvents: await count(sql`select count(*) as n from events where subject_type = 'idea'`),
      events: await count(sql`select count(*) as n from events`),
    });

    it("writes the planned trainings, enrolments, raised skills and ideas", async () => {
      const c = await counts();
      expect(c).toMatchObject({
        trainings: plan.trainings.length,
        materials: plan.trainings.reduce((n, x) => n + x.materials.length, 0),
        enrolments: plan.trainings.reduce((n, x) => n + x.enrolments.length, 0),
        attended: plan.trainings.reduce((n, x) => n + x.enrolments.filter((e) => e.attended).length, 0),
        raised: plan.raises.length,
        ideas: plan.ideas.length,
        ideaTopics: plan.ideas.reduce((n, i) => n + i.topics.length, 0),
        mentors: plan.ideas.reduce((n, i) => n + i.mentors.length, 0),
        milestones: plan.ideas.reduce((n, i) => n + i.milestones.length, 0),
        updates: plan.ideas.reduce((n, i) => n + i.updates.length, 0),
        ideaEvents: plan.ideas.reduce((n, i) => n + i.events.filter((e) => e.subject === "idea").length, 0),
      });
      // Raised rows carry source `training` (the community seeded a few too).
      expect(c.trainingSkills).toBeGreaterThanOrEqual(plan.skills.length);
      const statuses = await db().selectFrom("ideas").select("status").execute();
      expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(["proposed", "supported", "in_progress", "shipped", "paused"]));
    });

    it("has upcoming trainings in the three weeks after now, and past ones with attendance", async () => {
      const now = NOW.toISOString();
      const soon = new Date(NOW.getTime() + 21 * 86_400_000).toISOString();
      expect(await count(sql`select count(*) as n from trainings where starts_at > ${now} and starts_at <= ${soon}`)).toBe(5);
      expect(await count(sql`select count(*) as n from trainings where starts_at < ${now}`)).toBe(plan.trainings.length - 5);
      expect(await count(sql`select count(*) as n from enrolments e join trainings tr on tr.id = e.training_id where tr.starts_at > ${now} and e.status = 'waiting'`)).toBeGreaterThan(0);
      expect(await count(sql`select count(*) as n from enrolments e join people p on p.id = e.person_id join trainings tr on tr.id = e.training_id
        where p.email = 'teacher@riverside.example' and e.status = 'enrolled' and tr.starts_at > ${now}`)).toBe(1);
      expect(await count(sql`select count(*) as n from trainings tr join people p on p.id = tr.facilitator_id where p.email = 'helper@riverside.example' and tr.starts_at > ${now}`)).toBeGreaterThan(0);
    });

    it("links the grown idea to its request and the copy to its shipped source", async () => {
      expect(await count(sql`select count(*) as n from ideas i join requests r on r.id = i.request_id where r.mode = 'idea' and r.requester_id = i.owner_id`)).toBe(1);
      expect(await count(sql`select count(*) as n from events e join ideas i on i.request_id = e.subject_id where e.type = 'request.became_idea' and e.subject_type = 'request'`)).toBe(1);
      expect(await count(sql`select count(*) as n from ideas c join ideas s on s.id = c.copied_from_id where s.status = 'shipped'`)).toBe(1);
    });

    it("adds nothing on a second run", async () => {
      const before = await counts();
      expect(await seedDemo(t.ctx)).toMatchObject({ seeded: false, skipped: "already_seeded" });
      expect(await counts()).toEqual(before);
    });
  });
}
