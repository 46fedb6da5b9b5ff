import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "../../core/shared/errors.js";
import { createTestContext, DIALECTS, type TestContext } from "../testing/test-databases.js";

const NOW = "2026-09-01T08:00:00.000Z";

for (const dialect of DIALECTS) {
  describe(`people repositories on ${dialect}`, () => {
    let t: TestContext;
    beforeAll(async () => {
      t = await createTestContext(dialect);
    });
    afterAll(() => t.close());

    const newPerson = (email: string, extra: object = {}) => ({
      name: "Sam Rivera",
      email,
      kind: "teacher" as const,
      campusId: null,
      locale: "en" as const,
      roles: ["member" as const, "helper" as const],
      passwordHash: null,
      ...extra,
    });

    it("stores a person with roles and reads them back the same way", async () => {
      const { people } = t.ctx.repos;
      const created = await people.create(newPerson("sam@school.example"), NOW);
      expect(created).toMatchObject({ email: "sam@school.example", roles: ["member", "helper"], active: true, hasPassword: false, createdAt: NOW });
      expect(await people.findById(created.id)).toEqual(created);
      expect(await people.findByEmail("SAM@school.example")).toEqual(created);
    });

    it("turns a duplicate email into EMAIL_TAKEN", async () => {
      await t.ctx.repos.people.create(newPerson("dup@school.example"), NOW);
      await expect(t.ctx.repos.people.create(newPerson("dup@school.example"), NOW)).rejects.toMatchObject({ code: "EMAIL_TAKEN" });
    });

    it("filters by role, kind and text, case-insensitively, and pages by cursor", async () => {
      const { people } = t.ctx.repos;
      for (let i = 0; i < 4; i++) await people.create(newPerson(`tech${i}@school.example`, { name: `Tessa Tech ${i}`, kind: "staff", roles: ["member", "tech"] }), NOW);
      const techs = await people.list({ role: "tech", limit: 3 });
      expect(techs.items).toHaveLength(3);
      const rest = await people.list({ role: "tech", limit: 3, cursor: techs.nextCursor! });
      expect(rest.items).toHaveLength(1);
      expect(rest.nextCursor).toBeNull();
      expect((await people.list({ q: "tessa TECH 2", limit: 10 })).items.map((p) => p.email)).toEqual(["tech2@school.example"]);
      expect((await people.list({ q: "100%_", limit: 10 })).items).toHaveLength(0);
      expect((await people.list({ kind: "staff", limit: 50 })).items).toHaveLength(4);
      expect(await people.countActiveWithRole("tech")).toBe(4);
    });

    it("rolls back everything a failed transaction wrote, events included", async () => {
      const before = await t.ctx.db.kysely.selectFrom("events").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      await expect(
        t.ctx.tx(async (repos) => {
          await repos.people.create(newPerson("halfway@school.example"), NOW);
          await repos.events.append({ type: "person.created", actorId: null, subjectType: "person", subjectId: 1, at: NOW });
          throw new AppError("VALIDATION_FAILED", "stop");
        }),
      ).rejects.toThrow("stop");
      expect(await t.ctx.repos.people.findByEmail("halfway@school.example")).toBeNull();
      const after = await t.ctx.db.kysely.selectFrom("events").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it("keeps topics unique among siblings, case-insensitively, including at the root", async () => {
      const { topics } = t.ctx.repos;
      const root = await topics.create({ name: "Printing", parentId: null, nature: "learnable", description: "" });
      await expect(topics.create({ name: "printing", parentId: null, nature: "learnable", description: "" })).rejects.toMatchObject({ code: "TOPIC_NAME_TAKEN" });
      const child = await topics.create({ name: "Printing", parentId: root.id, nature: "specialist", description: "" });
      expect(await topics.findByName("PRINTING", root.id)).toEqual(child);
      expect((await topics.update(child.id, { archived: true })).archived).toBe(true);
      expect((await topics.list()).map((x) => x.id)).not.toContain(child.id);
      expect((await topics.list({ includeArchived: true })).map((x) => x.id)).toContain(child.id);
    });

    it("stores campuses with their time zone", async () => {
      const campus = await t.ctx.repos.campuses.create({ name: "Riverside North", timeZone: "Europe/Lisbon" });
      expect(await t.ctx.repos.campuses.findByName("Riverside North")).toEqual(campus);
      await expect(t.ctx.repos.campuses.create({ name: "Riverside North", timeZone: "UTC" })).rejects.toMatchObject({ code: "CAMPUS_NAME_TAKEN" });
    });
  });
}
