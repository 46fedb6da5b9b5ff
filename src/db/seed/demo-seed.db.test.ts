import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { PasswordHasher } from "../../core/people/people.ports.js";
import { createPerson } from "../../core/people/create-person.js";
import { createTestContext, DIALECTS, fastHasher, type TestContext } from "../testing/test-databases.js";
import { DEMO_ACCOUNTS } from "./demo-people.js";
import { DEMO_REQUEST_COUNT } from "./demo-requests.js";
import { DEMO_MARKER, DEMO_PASSWORD, seedDemo } from "./demo-seed.js";

for (const dialect of DIALECTS) {
  describe(`seedDemo on ${dialect}`, () => {
    let t: TestContext;
    beforeEach(async () => {
      t = await createTestContext(dialect);
    });
    afterEach(() => t.close());

    const everyone = async () => (await t.ctx.repos.people.list({ limit: 500 })).items;
    const eventCount = async () => (await t.ctx.db.kysely.selectFrom("events").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n;

    it("creates Riverside with its demo accounts, ~150 people and a topic tree", async () => {
      const result = await seedDemo(t.ctx);

      expect(result).toEqual({ seeded: true, campuses: 2, topics: 24, people: 150, requests: DEMO_REQUEST_COUNT });
      const campuses = await t.ctx.repos.campuses.list();
      expect(campuses.map((c) => c.name)).toEqual(["Riverside North", "Riverside South"]);
      for (const account of DEMO_ACCOUNTS) {
        const found = await t.ctx.repos.people.findCredentials(account.email);
        expect(found?.person).toMatchObject({ kind: account.kind, roles: expect.arrayContaining(["member", ...account.roles]), active: true });
        expect(await fastHasher.verify(found!.passwordHash, DEMO_PASSWORD)).toBe(true);
      }
      const people = await everyone();
      expect(people).toHaveLength(150);
      expect(people.filter((p) => p.hasPassword)).toHaveLength(DEMO_ACCOUNTS.length);
      expect(people.every((p) => campuses.some((c) => c.id === p.campusId))).toBe(true);
      const topics = await t.ctx.repos.topics.list();
      const classroom = topics.find((tp) => tp.name === "Google Classroom")!;
      expect(topics.filter((tp) => tp.parentId === classroom.id).map((tp) => tp.name)).toContain("Assignments");
      expect(topics.find((tp) => tp.name === "Lamp replacement")).toMatchObject({ nature: "specialist" });
      expect(await t.ctx.repos.settings.get(DEMO_MARKER)).toBe(t.clock.now().toISOString());
    });

    it("does nothing the second time", async () => {
      await seedDemo(t.ctx);
      const before = { people: await everyone(), topics: await t.ctx.repos.topics.list(), events: await eventCount() };

      expect(await seedDemo(t.ctx)).toEqual({ seeded: false, skipped: "already_seeded", campuses: 0, topics: 0, people: 0, requests: 0 });
      expect({ people: await everyone(), topics: await t.ctx.repos.topics.list(), events: await eventCount() }).toEqual(before);
    });

    it("leaves a database with real people alone", async () => {
      const { ctx } = t;
      await ctx.tx((repos) =>
        createPerson({ people: repos.people, campuses: repos.campuses, events: repos.events, clock: ctx.clock, hasher: ctx.hasher }, null, {
          name: "Real Admin",
          email: "admin@school.example",
          kind: "staff",
          roles: ["admin"],
        }),
      );

      expect(await seedDemo(ctx)).toMatchObject({ seeded: false, skipped: "not_empty" });
      expect(await everyone()).toHaveLength(1);
      expect(await ctx.repos.settings.get(DEMO_MARKER)).toBeNull();
    });

    it("hashes the demo password only once, keeping the first start fast", async () => {
      let hashes = 0;
      const counting: PasswordHasher = { hash: (p) => (hashes++, fastHasher.hash(p)), verify: fastHasher.verify };
      await seedDemo({ ...t.ctx, hasher: counting });
      expect(hashes).toBe(1);
    });
  });
}
