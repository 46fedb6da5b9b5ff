import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { enrol, cancelEnrolment } from "../../core/growth/trainings/enrol-training.js";
import type { Actor } from "../../core/people/people.types.js";
import { runTrainingReminders } from "../../platform/mail/training-reminders.job.js";
import { DIALECTS, createTestContext, type TestContext } from "../testing/test-databases.js";
import type { Repositories } from "../repositories.js";

const NOW = new Date("2026-09-01T08:00:00Z");
const T0 = NOW.toISOString();
const HOUR = 3_600_000;
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

for (const dialect of DIALECTS) {
  describe(`trainings repository on ${dialect}`, () => {
    let t: TestContext;
    let repo: Repositories;
    const ids: Record<string, number> = {};
    const actor = (id: number): Actor => ({ id, roles: [], kind: "teacher", campusId: null });
    const tx = <T>(work: (r: Repositories) => Promise<T>) => t.ctx.tx(work);

    beforeAll(async () => {
      t = await createTestContext(dialect, { now: NOW });
      repo = t.ctx.repos;
      const campus = await t.ctx.repos.campuses.create({ name: "Lisbon", timeZone: "Europe/Lisbon" });
      for (const name of ["fac", "ana", "bea", "caio"]) {
        ids[name] = (await t.ctx.repos.people.create({ name, email: `${name}@school.example`, kind: "teacher", campusId: campus.id, locale: "en", roles: ["member"], passwordHash: null }, T0)).id;
      }
      ids.topic = (await t.ctx.repos.topics.create({ name: "Slides", parentId: null, nature: "learnable", description: "" })).id;
      ids.campus = campus.id;
    });
    afterAll(() => t.close());

    const create = (startsAt: string, capacity = 1, title = "Slides 101") =>
      repo.trainings.create({ topicId: ids.topic!, title, description: "", facilitatorId: ids.fac!, campusId: ids.campus!, startsAt, durationMinutes: 45, place: "Room 2", videoUrl: null, capacity, materials: [], createdBy: ids.fac!, at: T0 });

    it("stores trainings with their end, counts and filters by date, topic, person and status", async () => {
      const soon = await create(at(10 * HOUR));
      const later = await create(at(100 * HOUR), 5, "Slides 201");
      expect(soon).toMatchObject({ endsAt: at(10 * HOUR + 45 * 60_000), status: "scheduled", enrolled: 0, waiting: 0, materials: [] });
      await repo.trainings.update(later.id, { status: "cancelled", capacity: 6 }, at(HOUR));
      expect(await repo.trainings.findById(later.id)).toMatchObject({ status: "cancelled", capacity: 6, updatedAt: at(HOUR) });
      const all = await repo.trainings.list({ from: T0, includeCancelled: true, limit: 10 });
      expect(all.map((x) => x.id)).toEqual([soon.id, later.id]);
      expect((await repo.trainings.list({ from: T0, includeCancelled: false, limit: 10 })).map((x) => x.id)).toEqual([soon.id]);
      expect(await repo.trainings.list({ from: T0, to: at(50 * HOUR), topicIds: [ids.topic!], includeCancelled: true, limit: 10 })).toHaveLength(1);
      expect(await repo.trainings.list({ from: T0, topicIds: [], includeCancelled: true, limit: 10 })).toEqual([]);
      expect(await repo.trainings.list({ from: T0, personId: ids.ana!, includeCancelled: true, limit: 10 })).toEqual([]);
      expect(await repo.trainings.list({ from: T0, personId: ids.fac!, includeCancelled: true, limit: 10 })).toHaveLength(2);
    });

    it("keeps the wait list in order through enrol, cancel and re-enrol in transactions, and keeps the first attendance time", async () => {
      const training = await create(at(20 * HOUR));
      const deps = (r: Parameters<Parameters<typeof tx>[0]>[0]) => ({ trainings: r.trainings, events: r.events, clock: t.clock });
      for (const who of ["ana", "bea", "caio"]) await tx((r) => enrol(deps(r), actor(ids[who]!), training.id));
      expect((await repo.trainings.enrolments(training.id)).map((e) => [e.name, e.status, e.position])).toEqual([
        ["ana", "enrolled", null],
        ["bea", "waiting", 1],
        ["caio", "waiting", 2],
      ]);
      await tx((r) => cancelEnrolment(deps(r), actor(ids.ana!), training.id));
      t.clock.advance(1000);
      await tx((r) => enrol(deps(r), actor(ids.ana!), training.id));
      const after = await repo.trainings.enrolments(training.id);
      expect(after.map((e) => [e.name, e.status, e.position])).toEqual([
        ["bea", "enrolled", null],
        ["caio", "waiting", 1],
        ["ana", "waiting", 2],
      ]);
      expect(await repo.trainings.findById(training.id)).toMatchObject({ enrolled: 1, waiting: 2 });
      expect((await repo.trainings.enrolmentsOf(ids.ana!, [training.id]))[0]).toMatchObject({ status: "waiting", position: 2 });

      await repo.trainings.setAttendance(training.id, [ids.bea!], at(21 * HOUR));
      await repo.trainings.setAttendance(training.id, [ids.bea!, ids.caio!], at(22 * HOUR));
      const marks = Object.fromEntries((await repo.trainings.enrolments(training.id)).map((e) => [e.name, [e.attended, e.attendanceMarkedAt]]));
      expect(marks).toEqual({ bea: [true, at(21 * HOUR)], caio: [true, at(22 * HOUR)], ana: [false, null] });
      t.clock.set(NOW);
    });

    it("queues one reminder per enrolled person a day ahead, once, however often the job runs", async () => {
      const training = await create(at(30 * HOUR), 1, "Reminder check");
      await repo.trainings.saveEnrolment({ trainingId: training.id, personId: ids.ana!, status: "enrolled", position: null, at: T0 });
      await repo.trainings.saveEnrolment({ trainingId: training.id, personId: ids.bea!, status: "waiting", position: 1, at: T0 });
      const outboxFor = async () => (await t.ctx.db.kysely.selectFrom("mail_outbox").selectAll().execute()).filter((m) => m.subject.includes("Reminder check"));
      // 30 hours ahead: not due yet (the earlier trainings of this suite are).
      await runTrainingReminders(t.ctx, NOW);
      expect(await outboxFor()).toEqual([]);
      const dayBefore = new Date(NOW.getTime() + 7 * HOUR);
      expect(await runTrainingReminders(t.ctx, dayBefore)).toBe(1);
      expect(await runTrainingReminders(t.ctx, dayBefore)).toBe(0);
      const mails = await outboxFor();
      expect(mails.map((m) => m.to_address)).toEqual(["ana@school.example"]);
      // 2026-09-02T14:00Z is 15:00 in Lisbon (summer time).
      expect(mails[0]!.subject).toContain("15:00 (Europe/Lisbon)");
      expect(mails[0]!.text_body).toMatch(/\.ics/);
      const events = await t.ctx.db.kysely.selectFrom("events").select("id").where("type", "=", "training.reminder_due").where("subject_id", "=", training.id).execute();
      expect(events).toHaveLength(1);
    });
  });
}
