import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createCampus } from "../../core/people/manage-campuses.js";
import { createTestContext, DIALECTS, type TestContext } from "../../db/testing/test-databases.js";
import { importPeople } from "./import-people.js";
import { parseCsv, parseJsonLines } from "./read-records.js";

for (const dialect of DIALECTS) {
  describe(`importPeople on ${dialect}`, () => {
    let t: TestContext;
    beforeEach(async () => {
      t = await createTestContext(dialect);
      const { ctx } = t;
      await ctx.tx((repos) => createCampus({ campuses: repos.campuses, events: repos.events, clock: ctx.clock }, null, { name: "Riverside North", timeZone: "Europe/Lisbon" }));
    });
    afterEach(() => t.close());

    it("imports the good rows and reports each bad one by its line", async () => {
      const csv = [
        "name,email,kind,campus,roles,locale,password",
        "Ada Lovelace,Ada@School.example,teacher,riverside north,helper;tech,,correct-horse-battery",
        "Bea Hilltop,bea@school.example,teacher,Hilltop,,,",
        "Cy Root,cy@school.example,staff,,superuser,,",
        "Ada Again,ada@school.example,staff,,,,",
        "Dee Weak,dee@school.example,staff,,,,short",
        "Eve Student,eve@school.example,student,Riverside North,,,",
        "Fay Mail,not-an-email,staff,,,,",
      ].join("\n");

      const result = await importPeople(t.ctx, parseCsv(csv));

      expect(result).toMatchObject({ total: 7, imported: 2 });
      expect(result.failures).toEqual([
        { line: 3, reason: 'unknown campus "Hilltop" (known campuses: Riverside North)' },
        { line: 4, reason: 'unknown role "superuser" (use helper, tech, leader, admin)' },
        { line: 5, reason: "ada@school.example already belongs to someone." },
        { line: 6, reason: "A password needs at least 10 characters." },
        { line: 8, reason: '"not-an-email" is not an email address.' },
      ]);
      const ada = await t.ctx.repos.people.findByEmail("ada@school.example");
      expect(ada).toMatchObject({ name: "Ada Lovelace", kind: "teacher", roles: ["member", "helper", "tech"], hasPassword: true });
      expect(await t.ctx.repos.people.findByEmail("eve@school.example")).toMatchObject({ kind: "student", roles: ["member"], hasPassword: false });
      expect(await t.ctx.repos.people.findByEmail("dee@school.example")).toBeNull();
    });

    it("reads JSON Lines with the same fields, roles as a list", async () => {
      const jsonl = ['{"name":"Gus Helper","email":"gus@school.example","roles":["helper"],"campus":"Riverside North"}', "{oops", '{"name":"Hal","email":"hal@school.example","kind":"other"}'].join("\n");

      const result = await importPeople(t.ctx, parseJsonLines(jsonl));

      expect(result).toEqual({ total: 3, imported: 2, failures: [{ line: 2, reason: "the line is not valid JSON" }] });
      expect(await t.ctx.repos.people.findByEmail("gus@school.example")).toMatchObject({ roles: ["member", "helper"], kind: "staff" });
    });

    it("reports progress after every row", async () => {
      const seen: string[] = [];
      await importPeople(t.ctx, parseCsv("name,email\nA,a@x.io\nB,b@x.io\n"), (done, total) => seen.push(`${done}/${total}`));
      expect(seen).toEqual(["1/2", "2/2"]);
    });
  });
}
