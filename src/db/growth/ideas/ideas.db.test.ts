import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NewIdea } from "../../../core/growth/ideas/ideas.ports.js";
import type { PersonKind } from "../../../core/people/people.types.js";
import { createTestContext, DIALECTS, type TestContext } from "../../testing/test-databases.js";
import { KyselyIdeasRepository } from "./ideas.repository.js";
import { KyselyTrainingsFinder } from "./trainings-finder.repository.js";

const AT = "2026-09-01T08:00:00.000Z";

for (const dialect of DIALECTS) {
  describe(`idea repositories on ${dialect}`, () => {
    let t: TestContext;
    let ideas: KyselyIdeasRepository;
    let teacher: number;
    let student: number;
    let otherStudent: number;
    let mentor: number;
    let topicA: number;
    let topicB: number;

    beforeAll(async () => {
      t = await createTestContext(dialect);
      ideas = new KyselyIdeasRepository(t.ctx.db.kysely);
      const { people, topics } = t.ctx.repos;
      const person = async (email: string, kind: PersonKind = "teacher") =>
        (await people.create({ name: email, email, kind, campusId: null, locale: "en", roles: ["member"], passwordHash: null }, AT)).id;
      teacher = await person("teacher@school.example");
      student = await person("student@school.example", "student");
      otherStudent = await person("other@school.example", "student");
      mentor = await person("mentor@school.example");
      topicA = (await topics.create({ name: "Podcasting", parentId: null, nature: "learnable", description: "" })).id;
      topicB = (await topics.create({ name: "Video", parentId: null, nature: "learnable", description: "" })).id;
    });
    afterAll(() => t.close());

    const newIdea = (over: Partial<NewIdea> = {}): NewIdea => ({
      ownerId: teacher,
      title: "Class podcast",
      pitch: "Grade 7 publishes episodes",
      goals: "Research and scripting",
      timeline: "Term 2",
      support: ["mentoring", "approval"],
      topicIds: [topicA, topicB],
      requestId: null,
      copiedFromId: null,
      campusId: null,
      ...over,
    });

    it("stores an idea with its topics, mentors, milestones and updates the same way on both engines", async () => {
      const idea = await ideas.create(newIdea(), AT);
      expect(idea).toMatchObject({ ownerId: teacher, ownerKind: "teacher", status: "proposed", support: ["mentoring", "approval"], topicIds: [topicA, topicB], version: 1, mentors: [], milestones: [], shippedAt: null });
      expect(await ideas.addMentor(idea.id, mentor, AT)).toBe(true);
      expect(await ideas.addMentor(idea.id, mentor, AT)).toBe(false);
      const first = await ideas.addMilestone(idea.id, { title: "Script", dueOn: "2026-10-01" });
      const second = await ideas.addMilestone(idea.id, { title: "Record", dueOn: null });
      expect([first.position, second.position]).toEqual([1, 2]);
      expect(await ideas.updateMilestone(idea.id, first.id, { doneAt: AT })).toMatchObject({ done: true, doneAt: AT });
      expect(await ideas.updateMilestone(idea.id + 1000, first.id, { doneAt: AT })).toBeNull();
      await ideas.addUpdate({ ideaId: idea.id, authorId: teacher, kind: "check_in", body: "Going well", at: AT });
      await ideas.addUpdate({ ideaId: idea.id, authorId: mentor, kind: "comment", body: "Nice", at: AT });
      expect((await ideas.updates(idea.id)).map((u) => [u.kind, u.authorName])).toEqual([["check_in", "teacher@school.example"], ["comment", "mentor@school.example"]]);

      const loaded = (await ideas.findById(idea.id))!;
      expect(loaded.mentors).toEqual([{ personId: mentor, name: "mentor@school.example", addedAt: AT }]);
      expect(loaded.milestones.map((m) => [m.title, m.done])).toEqual([["Script", true], ["Record", false]]);
      expect(await ideas.removeMentor(idea.id, mentor)).toBe(true);
      expect(await ideas.removeMentor(idea.id, mentor)).toBe(false);
    });

    it("bumps the version on every change and refuses a stale one", async () => {
      const idea = await ideas.create(newIdea(), AT);
      const moved = await ideas.update(idea.id, 1, { status: "shipped", shippedAt: AT, topicIds: [topicB], support: [] }, AT);
      expect(moved).toMatchObject({ status: "shipped", shippedAt: AT, topicIds: [topicB], support: [], version: 2 });
      await expect(ideas.update(idea.id, 1, { title: "Stale" }, AT)).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
      await expect(ideas.update(999_999, null, { title: "Gone" }, AT)).rejects.toMatchObject({ code: "IDEA_NOT_FOUND" });
      expect((await ideas.findById(idea.id))!.title).toBe("Class podcast");
    });

    it("lists by status, topic, owner and mentor, hiding students' ideas from other students", async () => {
      const requestId = (
        await t.ctx.repos.requests.create(
          { title: "Radio", description: "", tried: "", requesterId: student, topicId: topicA, requestedMode: "idea", suggestedMode: null, nature: "learnable", urgency: "normal", campusId: null, device: null, createdAt: AT },
        )
      ).id;
      const studentIdea = await ideas.create(newIdea({ ownerId: student, topicIds: [topicA], requestId }), AT);
      await ideas.addMentor(studentIdea.id, mentor, AT);
      expect((await ideas.findByRequest(requestId))!.id).toBe(studentIdea.id);

      const ids = async (filter: Parameters<KyselyIdeasRepository["list"]>[0], scope: Parameters<KyselyIdeasRepository["list"]>[1] = { kind: "all" }) =>
        (await ideas.list(filter, scope)).items.map((i) => i.id);
      expect(await ids({ limit: 50 }, { kind: "all" })).toContain(studentIdea.id);
      expect(await ids({ limit: 50 }, { kind: "member", personId: otherStudent })).not.toContain(studentIdea.id);
      expect(await ids({ limit: 50 }, { kind: "member", personId: student })).toContain(studentIdea.id);
      expect((await ids({ limit: 50 }, { kind: "member", personId: otherStudent })).length).toBeGreaterThan(0);
      expect(await ids({ limit: 50, ownerId: student })).toEqual([studentIdea.id]);
      expect(await ids({ limit: 50, mentorId: mentor })).toEqual([studentIdea.id]);
      expect(await ids({ limit: 50, status: "shipped" })).toHaveLength(1);
      const onB = await ids({ limit: 50, topicId: topicB });
      expect(onB).not.toContain(studentIdea.id);

      const page = await ideas.list({ limit: 1 }, { kind: "all" });
      expect(page.items[0]!.id).toBe(studentIdea.id);
      const next = await ideas.list({ limit: 1, cursor: page.nextCursor! }, { kind: "all" });
      expect(next.items[0]!.id).toBeLessThan(studentIdea.id);
    });

    it("finds upcoming trainings on the idea's topics, and none once trainings are gone", async () => {
      const finder = new KyselyTrainingsFinder(t.ctx.db.kysely);
      const training = (title: string, startsAt: string, status = "scheduled", topicId = topicA) =>
        t.ctx.db.kysely
          .insertInto("trainings")
          .values({ topic_id: topicId, title, description: "", facilitator_id: mentor, campus_id: null, starts_at: startsAt, duration_minutes: 60, place: null, video_url: null, capacity: 5, status, created_by: mentor, created_at: AT, updated_at: AT })
          .execute();
      await training("Past", "2026-08-01T10:00:00.000Z");
      await training("Later", "2026-10-01T10:00:00.000Z");
      await training("Sooner", "2026-09-05T10:00:00.000Z");
      await training("Cancelled", "2026-09-06T10:00:00.000Z", "cancelled");
      await training("Other topic", "2026-09-07T10:00:00.000Z", "scheduled", topicB);
      expect((await finder.upcoming({ topicIds: [topicA], from: AT, limit: 5 })).map((x) => x.title)).toEqual(["Sooner", "Later"]);
      expect(await finder.upcoming({ topicIds: [], from: AT, limit: 5 })).toEqual([]);

      if (dialect === "postgres") await sql`DROP TABLE trainings CASCADE`.execute(t.ctx.db.kysely);
      else for (const table of ["enrolments", "training_materials", "trainings"]) await sql`DROP TABLE ${sql.table(table)}`.execute(t.ctx.db.kysely);
      expect(await finder.upcoming({ topicIds: [topicA], from: AT, limit: 5 })).toEqual([]);
    });
  });
}
