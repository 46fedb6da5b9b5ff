import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { visibilityFor } from "../../core/knowledge/visibility.js";
import { createTestContext, DIALECTS, type TestContext } from "../../db/testing/test-databases.js";
import { importArticles } from "./import-articles.js";
import { parseCsv, parseJsonLines } from "./read-records.js";

const reader = { id: 1, roles: ["member" as const], kind: "teacher" as const, campusId: null };

for (const dialect of DIALECTS) {
  describe(`importArticles on ${dialect}`, () => {
    let t: TestContext;
    beforeEach(async () => {
      t = await createTestContext(dialect);
      await t.ctx.repos.topics.create({ name: "Printing", parentId: null, nature: "learnable", description: "" });
    });
    afterEach(() => t.close());

    it("imports good rows as searchable articles and reports bad ones by line", async () => {
      const jsonl = [
        JSON.stringify({ title: "Print double-sided", body: "Choose **Two-sided** in the print dialog.", topics: ["Printing"] }),
        JSON.stringify({ title: "", body: "no title" }),
        JSON.stringify({ title: "Staff copier codes", body: "Ask the office.", audience: "staff", state: "unvalidated" }),
        JSON.stringify({ title: "Scanner", body: "x", topics: "Scanning" }),
        JSON.stringify({ title: "Fax", body: "x", audience: "parents" }),
      ].join("\n");
      const result = await importArticles(t.ctx, parseJsonLines(jsonl));
      expect(result.imported).toBe(2);
      expect(result.failures).toEqual([
        { line: 2, reason: "title is empty" },
        { line: 4, reason: 'unknown topic "Scanning"' },
        { line: 5, reason: expect.stringContaining('unknown audience "parents"') },
      ]);
      const hits = await t.ctx.repos.search.search({ text: "double sided printing", limit: 5, visibility: visibilityFor(reader), publishedOnly: true });
      expect(hits[0]?.title.replace(/[«»]/g, "")).toBe("Print double-sided");
      const staffHits = await t.ctx.repos.search.search({ text: "copier codes", limit: 5, visibility: visibilityFor({ ...reader, kind: "student" }) });
      expect(staffHits).toEqual([]);
    });

    it("reads CSV with Markdown bodies across lines", async () => {
      const csv = 'title,body,topics\n"Clear a paper jam","1. Open tray 2\n2. Pull the sheet gently",Printing\n';
      const result = await importArticles(t.ctx, parseCsv(csv));
      expect(result).toEqual({ total: 1, imported: 1, failures: [] });
      const [article] = (await t.ctx.repos.articles.list({ visibility: visibilityFor(reader), limit: 10 })).items;
      expect(article).toMatchObject({ title: "Clear a paper jam", state: "validated", audience: "everyone", version: 1 });
      expect(article!.body).toContain("2. Pull the sheet gently");
    });
  });
}
