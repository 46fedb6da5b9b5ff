import { type SelectQueryBuilder, sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../schema.js";
import { createTestContext, DIALECTS, type TestContext } from "../testing/test-databases.js";
import { DEMO_REQUEST_COUNT } from "./demo-requests.js";
import { seedDemo } from "./demo-seed.js";

for (const dialect of DIALECTS) {
  describe(`the demo's year of requests on ${dialect}`, () => {
    let t: TestContext;
    beforeAll(async () => {
      t = await createTestContext(dialect, { now: new Date("2026-09-01T08:00:00Z") });
      await seedDemo(t.ctx);
    });
    afterAll(() => t.close());

    const db = () => t.ctx.db.kysely;
    type Counted<T extends keyof Database> = SelectQueryBuilder<Database, T, { n: number }>;
    const counted = async <T extends keyof Database>(query: Counted<T>) => Number((await query.executeTakeFirstOrThrow()).n);
    const n = sql<number>`count(*)`.as("n");
    const count = (table: "requests" | "events" | "request_messages") => counted(db().selectFrom(table).select(n));
    const requests = (where: (q: Counted<"requests">) => Counted<"requests">) => counted(where(db().selectFrom("requests").select(n)));
    const events = (type: string) => counted(db().selectFrom("events").select(n).where("type", "=", type));
    const statusChanges = (to: string) =>
      counted(db().selectFrom("events").select(n).where("type", "=", "request.status_changed").where("data", "like", `%"to":"${to}"%`));

    it("writes the planned requests, each with its creation event", async () => {
      expect(await count("requests")).toBe(DEMO_REQUEST_COUNT);
      expect(await events("request.created")).toBe(DEMO_REQUEST_COUNT);
    });

    it("keeps the requests' columns in agreement with their events", async () => {
      const settled = await requests((q) => q.where("status", "in", ["resolved", "closed"]));
      expect((await events("request.resolved")) - (await statusChanges("reopened"))).toBe(settled);
      expect(await statusChanges("closed")).toBe(await requests((q) => q.where("status", "=", "closed").where("closed_at", "is not", null)));
      expect(await events("request.feedback")).toBe(await requests((q) => q.where("self_reliance", "is not", null)));
      const corrected = await requests((q) => q.whereRef("mode", "!=", "requested_mode"));
      expect(await events("request.mode_corrected")).toBe(corrected);
      expect(await counted(db().selectFrom("mode_examples").select(n).where("source", "=", "correction"))).toBe(corrected);
      expect(await events("request.message_added")).toBe(await counted(db().selectFrom("request_messages").select(n).where("internal", "=", 0)));
      expect(await events("request.merged")).toBe(await requests((q) => q.where("merged_into_id", "is not", null)));
      expect(await events("request.assigned")).toBe(await requests((q) => q.where("assignee_id", "is not", null)));
      expect(await requests((q) => q.where("status", "in", ["resolved", "closed"]).where("resolved_at", "is", null))).toBe(0);
      expect(await requests((q) => q.where("resolver_id", "is not", null).whereRef("resolver_id", "!=", "assignee_id"))).toBe(0);
      expect(await requests((q) => q.where(sql`urgency_rank`, "!=", sql`case urgency when 'low' then 0 when 'normal' then 1 when 'high' then 2 else 3 end`))).toBe(0);
    });

    it("assigns only people with the helper or tech role", async () => {
      const outsiders = await db()
        .selectFrom("requests")
        .select("assignee_id")
        .distinct()
        .where("assignee_id", "is not", null)
        .where((eb) => eb.not(eb.exists(eb.selectFrom("person_roles").select("person_id").whereRef("person_id", "=", "requests.assignee_id").where("role", "in", ["helper", "tech"]))))
        .execute();
      expect(outsiders).toEqual([]);
    });

    it("dates everything in the past year and tells each story in order", async () => {
      const now = t.clock.now().toISOString();
      const range = await db().selectFrom("events").select([sql<string>`min(created_at)`.as("first"), sql<string>`max(created_at)`.as("last")]).where("subject_type", "=", "request").executeTakeFirstOrThrow();
      expect(range.last < now && range.first >= "2025-09-01").toBe(true);
      const latest = await db().selectFrom("requests").select(["id", "status"]).where("status", "=", "reopened").orderBy("id", "desc").executeTakeFirstOrThrow();
      const timeline = await t.ctx.repos.timeline.forRequest(latest.id);
      expect(timeline.map((e) => e.at)).toEqual(timeline.map((e) => e.at).sort());
      expect(timeline.at(-1)).toMatchObject({ type: "request.status_changed", data: { from: "resolved", to: "reopened" } });
      const request = await t.ctx.repos.requests.findById(latest.id);
      expect(request).toMatchObject({ status: "reopened", resolvedAt: null, resolverId: null });
      const messages = await t.ctx.repos.messages.listFor(latest.id, { includeInternal: true });
      expect(timeline.filter((e) => e.type === "request.message_added").map((e) => e.data.messageId)).toEqual(messages.map((m) => m.id));
    });

    it("adds nothing on a second run", async () => {
      const before = { requests: await count("requests"), events: await count("events"), messages: await count("request_messages") };
      expect(await seedDemo(t.ctx)).toMatchObject({ seeded: false, skipped: "already_seeded", requests: 0 });
      expect({ requests: await count("requests"), events: await count("events"), messages: await count("request_messages") }).toEqual(before);
    });
  });
}
