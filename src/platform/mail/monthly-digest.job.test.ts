import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../api/testing/test-app.js";

describe("monthly insights digest", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("sqlite", { now: new Date("2026-11-02T07:00:00Z") });
  });
  afterAll(() => t.close());

  it("queues last month's digest once to leaders who opted in, never to others", async () => {
    const { runMonthlyDigest } = await import("./monthly-digest.job.js");
    const leader = await t.addPerson({ name: "Lena Leader", email: "lena@school.example", roles: ["leader"] });
    const teacher = await t.signIn((await t.addPerson({ email: "tom@school.example" })).email);
    const leaderSession = await t.signIn(leader.email);
    expect((await t.app.inject({ method: "PUT", url: "/api/v1/me/digest", headers: teacher.headers, payload: { monthly: true } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: "PUT", url: "/api/v1/me/digest", headers: leaderSession.headers, payload: { monthly: true } })).json()).toEqual({ monthly: true });
    await t.ctx.repos.settings.set("school.name", "Riverside");

    expect(await runMonthlyDigest(t.ctx)).toBe(1);
    expect(await runMonthlyDigest(t.ctx)).toBe(0);
    const mail = await t.ctx.db.kysely.selectFrom("mail_outbox").selectAll().execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to_address: "lena@school.example", subject: "Riverside: who depends on whom in 2026-10", status: "pending" });
    expect(mail[0]!.html_body).toContain("/insights");
  });
});
