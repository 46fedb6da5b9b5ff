import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startNotificationWorker } from "../../../platform/mail/notification-worker.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";

describe("from need to workshop", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("points a repeat asker to the next training on the topic, in the confirmation mail", async () => {
    const topic = await t.addTopic("Two-step verification");
    const tech = await t.signIn((await t.addPerson({ name: "Tess Tech", roles: ["tech"] })).email);
    const teacher = await t.addPerson({ name: "Tara Teacher", email: "tara@school.example" });
    const session = await t.signIn(teacher.email);
    const startsAt = new Date(t.clock.now().getTime() + 3 * 86_400_000).toISOString();
    const training = await t.app.inject({ method: "POST", url: "/api/v1/trainings", headers: tech.headers, payload: { topicId: topic.id, title: "Two-step verification, calmly", startsAt, durationMinutes: 45, capacity: 12, place: "Library" } });
    expect(training.statusCode).toBe(201);
    const worker = startNotificationWorker(t.ctx, { intervalMs: 60_000, transport: null, log: () => {} });
    for (const title of ["Locked out by the code on my phone", "New phone, no codes"]) {
      await t.app.inject({ method: "POST", url: "/api/v1/requests", headers: session.headers, payload: { title, description: "", topicId: topic.id, mode: "guide" } });
      await worker.runOnce();
    }
    await worker.stop();
    const receipts = await t.ctx.db.kysely.selectFrom("mail_outbox").selectAll().where("to_address", "=", "tara@school.example").orderBy("id").execute();
    expect(receipts.map((m) => m.subject)).toEqual([expect.stringMatching(/^We got your request/), expect.stringMatching(/^We got your request/)]);
    expect(receipts[0]!.text_body).not.toContain("training");
    expect(receipts[1]!.text_body).toContain('"Two-step verification, calmly"');
    expect(receipts[1]!.text_body).toContain(`/growth/trainings/${training.json().id}`);
  });
});
