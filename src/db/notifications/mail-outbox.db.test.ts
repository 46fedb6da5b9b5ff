import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, DIALECTS, type TestContext } from "../testing/test-databases.js";
import { KyselyMailOutbox } from "./mail-outbox.repository.js";

const T0 = "2026-09-01T08:00:00.000Z";
const LATER = "2026-09-01T08:10:00.000Z";

for (const dialect of DIALECTS) {
  describe(`mail outbox on ${dialect}`, () => {
    let t: TestContext;
    let outbox: KyselyMailOutbox;
    beforeAll(async () => {
      t = await createTestContext(dialect);
      outbox = new KyselyMailOutbox(t.ctx.db.kysely, t.ctx.db);
      const person = await t.ctx.repos.people.create({ name: "P", email: "p@school.example", kind: "teacher", campusId: null, locale: "en", roles: ["member"], passwordHash: null }, T0);
      for (let i = 0; i < 30; i++) await t.ctx.repos.events.append({ type: "test", actorId: null, subjectType: "request", subjectId: i, at: T0 });
      const events = await t.ctx.db.kysely.selectFrom("events").select("id").where("type", "=", "test").execute();
      const mails = events.map((e) => ({ eventId: e.id, personId: person.id, to: "p@school.example", subject: `s${e.id}`, text: "t", html: "h", createdAt: T0 }));
      expect(await outbox.enqueue(mails)).toBe(30);
      expect(await outbox.enqueue(mails)).toBe(0);
    });
    afterAll(() => t.close());

    it("hands each due mail to exactly one of two concurrent claimers", async () => {
      const lockUntil = "2026-09-01T08:05:00.000Z";
      const [a, b] = await Promise.all([outbox.claimDue(T0, lockUntil, 20), outbox.claimDue(T0, lockUntil, 20)]);
      const ids = [...a, ...b].map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toHaveLength(30);
      expect(await outbox.claimDue(T0, lockUntil, 20)).toEqual([]);
    });

    it("offers a mail again once a crashed node's claim has expired, but never one that was sent", async () => {
      const reclaimed = await outbox.claimDue(LATER, "2026-09-01T08:15:00.000Z", 100);
      expect(reclaimed).toHaveLength(30);
      await outbox.settle(reclaimed[0]!.id, { status: "sent", attempts: 1, sentAt: LATER });
      const again = await outbox.claimDue("2026-09-01T09:00:00.000Z", "2026-09-01T09:05:00.000Z", 100);
      expect(again.map((m) => m.id)).not.toContain(reclaimed[0]!.id);
      expect(again).toHaveLength(29);
    });
  });
}
