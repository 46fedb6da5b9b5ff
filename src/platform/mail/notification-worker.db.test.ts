import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildSchool, type School } from "../../db/notifications/testing/notification-school.factory.js";
import { createTestContext, DIALECTS, type TestContext } from "../../db/testing/test-databases.js";
import { MAX_ATTEMPTS } from "./mail-sender.js";
import { type NotificationWorker, startNotificationWorker } from "./notification-worker.js";
import { type SmtpTestServer, startSmtpTestServer } from "./testing/smtp-test-server.js";

const PUBLIC_URL = "https://help.school.example";

/** Every http(s) link in a body, for checking that links point where they say. */
const links = (body: string) => [...body.matchAll(/https?:\/\/[^\s"<>]+/g)].map((m) => m[0].replace(/&amp;/g, "&"));

for (const dialect of DIALECTS) {
  describe(`notification mail over SMTP on ${dialect}`, () => {
    let smtp: SmtpTestServer;
    let t: TestContext;
    let s: School;
    let worker: NotificationWorker;
    const logs: string[] = [];
    beforeAll(async () => {
      smtp = await startSmtpTestServer();
      t = await createTestContext(dialect, { env: { SMTP_URL: smtp.url, PUBLIC_URL } });
      s = await buildSchool(t.ctx);
      worker = startNotificationWorker(t.ctx, { intervalMs: 60_000, log: (m) => logs.push(m) });
    });
    afterEach(() => {
      smtp.received.length = 0;
      smtp.rejecting = false;
    });
    afterAll(async () => {
      await worker?.stop();
      await t?.close();
      await smtp?.close();
    });
    const outboxFor = (requestId: number) => t.ctx.db.kysely.selectFrom("mail_outbox").selectAll().where("subject", "like", `%#${requestId}%`).execute();

    it("mails the right people with a working link to the request and the escaped title", async () => {
      const request = await s.ask({ title: "<script>alert(1)</script>", urgency: "high" });
      await s.assign(request.id, s.helper.id);
      await worker.runOnce();

      const byRecipient = new Map(smtp.received.map((m) => [m.to[0], m]));
      expect([...byRecipient.keys()].sort()).toEqual([s.requester.email, s.helper.email, s.tech.email, s.tech2.email].sort());
      const assignment = byRecipient.get(s.helper.email)!;
      expect(assignment.subject).toBe(`Request #${request.id} is yours: <script>alert(1)</script>`);
      expect(links(assignment.text)).toContain(`${PUBLIC_URL}/requests/${request.id}`);
      const htmlLink = new URL(links(assignment.html)[0]!);
      expect(htmlLink.origin + htmlLink.pathname).toBe(`${PUBLIC_URL}/requests/${request.id}`);
      expect(assignment.html).not.toContain("<script>");
      expect(assignment.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
      expect((await outboxFor(request.id)).every((row) => row.status === "sent" && row.sent_at !== null)).toBe(true);
    });

    it("sends the requester the resolution with a link to answer the self-reliance question", async () => {
      const request = await s.ask({ title: "Export grades" });
      await s.assign(request.id, s.helper.id);
      await s.resolve(request.id);
      await worker.runOnce();
      const resolved = smtp.received.find((m) => m.subject === `Your request #${request.id} is resolved`);
      expect(resolved?.to).toEqual([s.requester.email]);
      const feedback = new URL(links(resolved!.text).find((l) => l.includes("feedback"))!);
      expect(`${feedback.origin}${feedback.pathname}`).toBe(`${PUBLIC_URL}/requests/${request.id}`);
      expect(feedback.searchParams.get("feedback")).toBe("1");
    });

    it("keeps a refused mail pending and sends it on a later try, so nothing is lost", async () => {
      smtp.rejecting = true;
      const request = await s.ask({ title: "Laptop won't charge" });
      await worker.runOnce();
      let [row] = (await outboxFor(request.id)).filter((r) => r.person_id === s.requester.id);
      expect(row).toMatchObject({ status: "pending", attempts: 1, locked_until: null, sent_at: null });
      expect(row!.last_error).toMatch(/451|busy/i);
      expect(row!.next_attempt_at).toBe(new Date(t.clock.now().getTime() + 60_000).toISOString());

      smtp.rejecting = false;
      await worker.runOnce();
      expect(smtp.received).toHaveLength(0); // not due yet: backoff holds
      t.clock.advance(61_000);
      await worker.runOnce();
      expect(smtp.received.map((m) => m.subject)).toEqual([`We got your request #${request.id}`]);
      [row] = (await outboxFor(request.id)).filter((r) => r.person_id === s.requester.id);
      expect(row).toMatchObject({ status: "sent", attempts: 2 });
    });

    it(`gives up after ${MAX_ATTEMPTS} attempts with backoff capped at an hour`, async () => {
      smtp.rejecting = true;
      const request = await s.ask({ title: "Never arrives" });
      for (let i = 0; i < MAX_ATTEMPTS; i++) {
        await worker.runOnce();
        t.clock.advance(60 * 60_000);
      }
      const [row] = (await outboxFor(request.id)).filter((r) => r.person_id === s.requester.id);
      expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
      expect(logs.some((l) => l.includes("failed for good"))).toBe(true);
    });
  });
}

describe("notification mail without SMTP_URL", () => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext("sqlite");
  });
  afterAll(() => t.close());

  it("keeps mail in the outbox as `logged` and writes subject and recipient to the log", async () => {
    const s = await buildSchool(t.ctx);
    const logs: string[] = [];
    const worker = startNotificationWorker(t.ctx, { intervalMs: 60_000, log: (m) => logs.push(m) });
    const request = await s.ask({ title: "No SMTP here" });
    await worker.runOnce();
    await worker.stop();
    const rows = await t.ctx.db.kysely.selectFrom("mail_outbox").select(["status", "to_address"]).execute();
    expect(rows).toContainEqual({ status: "logged", to_address: s.requester.email });
    expect(logs).toContain(`mail (no SMTP_URL, kept in outbox): to ${s.requester.email}: We got your request #${request.id}`);
  });

  it("logs a failed run instead of crashing, and keeps going", async () => {
    const broken = await createTestContext("sqlite");
    await broken.close();
    const logs: string[] = [];
    const worker = startNotificationWorker(broken.ctx, { intervalMs: 60_000, log: (m) => logs.push(m) });
    await expect(worker.runOnce()).resolves.toBeUndefined();
    await expect(worker.runOnce()).resolves.toBeUndefined();
    await worker.stop();
    expect(logs.filter((l) => l.startsWith("run failed, will retry"))).toHaveLength(2);
  });
});
