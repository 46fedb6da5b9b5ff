import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NewRequest } from "../../core/requests/requests.ports.js";
import { createTestContext, DIALECTS, type TestContext } from "../testing/test-databases.js";

const AT = "2026-09-01T08:00:00.000Z";

for (const dialect of DIALECTS) {
  describe(`request repositories on ${dialect}`, () => {
    let t: TestContext;
    let requester: number;
    let helper: number;
    let topicId: number;

    beforeAll(async () => {
      t = await createTestContext(dialect);
      const { people, topics } = t.ctx.repos;
      const person = (email: string) => people.create({ name: email, email, kind: "teacher", campusId: null, locale: "en", roles: ["member"], passwordHash: null }, AT);
      requester = (await person("asker@school.example")).id;
      helper = (await person("helper@school.example")).id;
      topicId = (await topics.create({ name: "Chromebooks", parentId: null, nature: "learnable", description: "" })).id;
    });
    afterAll(() => t.close());

    const newRequest = (over: Partial<NewRequest> = {}): NewRequest => ({
      title: "Chromebook won't start",
      description: "It shows a sad face",
      tried: "",
      requesterId: requester,
      topicId,
      requestedMode: "do",
      suggestedMode: { mode: "do", confidence: 0.9, reasons: ["won't start"] },
      nature: "learnable",
      urgency: "normal",
      campusId: null,
      device: "CB-0042",
      createdAt: AT,
      ...over,
    });

    it("stores and reads a request the same way on both engines", async () => {
      const created = await t.ctx.repos.requests.create(newRequest());
      expect(created).toMatchObject({ status: "new", mode: "do", requestedMode: "do", version: 1, device: "CB-0042", assigneeId: null, createdAt: AT });
      expect(created.suggestedMode).toEqual({ mode: "do", confidence: 0.9, reasons: ["won't start"] });
      expect(await t.ctx.repos.requests.findById(created.id)).toEqual(created);
    });

    it("reads many requests in one call, skipping ids that don't exist", async () => {
      const [a, b] = [await t.ctx.repos.requests.create(newRequest()), await t.ctx.repos.requests.create(newRequest())];
      const found = await t.ctx.repos.requests.findByIds([b.id, a.id, 999_999]);
      expect(found.map((r) => r.id).sort((x, y) => x - y)).toEqual([a.id, b.id]);
      expect(found.find((r) => r.id === a.id)).toEqual(a);
      expect(await t.ctx.repos.requests.findByIds([])).toEqual([]);
    });

    it("bumps the version on every change and refuses a stale one", async () => {
      const { requests } = t.ctx.repos;
      const r = await requests.create(newRequest());
      const updated = await requests.update(r.id, 1, { urgency: "urgent", assigneeId: helper, status: "triaged" }, "2026-09-01T09:00:00.000Z");
      expect(updated).toMatchObject({ version: 2, urgency: "urgent", assigneeId: helper, status: "triaged", updatedAt: "2026-09-01T09:00:00.000Z" });
      await expect(requests.update(r.id, 1, { urgency: "low" }, AT)).rejects.toMatchObject({ code: "VERSION_CONFLICT" });
      await expect(requests.update(999_999, 1, { urgency: "low" }, AT)).rejects.toMatchObject({ code: "REQUEST_NOT_FOUND" });
      expect((await requests.findById(r.id))!.urgency).toBe("urgent");
      expect(await requests.countOpenAssigned(helper)).toBeGreaterThanOrEqual(1);
    });

    it("lists by scope, filters and sorts, with offset cursors", async () => {
      const { requests } = t.ctx.repos;
      for (let i = 0; i < 3; i++) await requests.create(newRequest({ title: `Scoped ${i}`, requestedMode: "guide", createdAt: `2026-09-0${i + 2}T08:00:00.000Z` }));
      const own = await requests.list({ limit: 100 }, { kind: "own", personId: helper });
      // A person's own scope is what they asked or hold: the helper holds one request from the test above.
      expect(own.items.map((r) => r.assigneeId)).toEqual([helper]);
      const guides = await requests.list({ mode: "guide", limit: 2, sort: "newest" }, { kind: "all" });
      expect(guides.items.map((r) => r.title)).toEqual(["Scoped 2", "Scoped 1"]);
      const rest = await requests.list({ mode: "guide", limit: 2, sort: "newest", cursor: guides.nextCursor! }, { kind: "all" });
      expect(rest.items.map((r) => r.title)).toEqual(["Scoped 0"]);
      expect(rest.nextCursor).toBeNull();
      const search = await requests.list({ q: "SCOPED 1", limit: 10 }, { kind: "all" });
      expect(search.items.map((r) => r.title)).toEqual(["Scoped 1"]);
      const helperQueue = await requests.list({ assignee: "none", limit: 100 }, { kind: "helper", personId: helper });
      expect(helperQueue.items.every((r) => r.assigneeId === null && r.status === "new")).toBe(true);
      await expect(requests.list({ limit: 1, cursor: "bogus" }, { kind: "all" })).rejects.toMatchObject({ code: "INVALID_CURSOR" });
    });

    it("keeps messages, internal notes and attachments per request", async () => {
      const r = await t.ctx.repos.requests.create(newRequest());
      const { messages, attachments } = t.ctx.repos;
      await messages.add({ requestId: r.id, authorId: helper, body: "Try holding power + refresh", internal: false, mentions: [], createdAt: AT });
      await messages.add({ requestId: r.id, authorId: helper, body: "Battery may be dead", internal: true, mentions: [requester], createdAt: AT });
      expect((await messages.listFor(r.id, { includeInternal: false })).map((m) => m.body)).toEqual(["Try holding power + refresh"]);
      const all = await messages.listFor(r.id, { includeInternal: true });
      expect(all[1]).toMatchObject({ internal: true, mentions: [requester] });
      const data = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2, 3]);
      const meta = await attachments.add({ requestId: r.id, uploaderId: requester, filename: "receipt.pdf", contentType: "application/pdf", data, createdAt: AT });
      expect(meta.size).toBe(8);
      expect(Array.from((await attachments.get(meta.id))!.data)).toEqual(Array.from(data));
      expect(await attachments.listFor(r.id)).toEqual([meta]);
    });

    it("keeps classifier examples with a revision that changes when one is added", async () => {
      const { examples } = t.ctx.repos;
      expect(await examples.countBySource("starter")).toBeGreaterThan(300);
      const before = await examples.revision();
      await examples.add({ text: "please install it", mode: "do", source: "correction", requestId: null, createdAt: AT });
      expect(await examples.revision()).not.toBe(before);
      expect((await examples.all()).at(-1)).toEqual({ text: "please install it", mode: "do" });
    });
  });
}
