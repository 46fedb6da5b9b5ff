import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Topic } from "../../core/people/people.types.js";
import { createTestContext, DIALECTS, type TestContext } from "../../db/testing/test-databases.js";
import { importTopics } from "./import-topics.js";
import { parseCsv } from "./read-records.js";

/** Each topic as "Parent > Name (nature)", to compare trees at a glance. */
function paths(topics: Topic[]): string[] {
  const byId = new Map(topics.map((t) => [t.id, t]));
  return topics.map((t) => `${t.parentId ? `${byId.get(t.parentId)!.name} > ` : ""}${t.name} (${t.nature})`).sort();
}

for (const dialect of DIALECTS) {
  describe(`importTopics on ${dialect}`, () => {
    let t: TestContext;
    beforeEach(async () => {
      t = await createTestContext(dialect);
    });
    afterEach(() => t.close());

    it("builds the tree when children come before their parents", async () => {
      const csv = [
        "name,parent,nature,description",
        "Headphones,Audio,,Class headphone sets",
        "Speakers,Audio,specialist,Wall speakers",
        "Audio,,learnable,Sound in classrooms",
        "Mixers,Speakers,specialist,",
      ].join("\n");

      const result = await importTopics(t.ctx, parseCsv(csv));

      expect(result).toEqual({ total: 4, imported: 4, failures: [] });
      expect(paths(await t.ctx.repos.topics.list())).toEqual([
        "Audio (learnable)",
        "Audio > Headphones (learnable)",
        "Audio > Speakers (specialist)",
        "Speakers > Mixers (specialist)",
      ]);
    });

    it("keeps good rows and reports unknown parents, loops and bad natures by line", async () => {
      const csv = ["name,parent,nature", "Audio,,", "Orphan,Nowhere,", "Loop A,Loop B,", "Loop B,Loop A,", "Weird,Audio,magic", "Podcasts,Audio,"].join("\n");

      const result = await importTopics(t.ctx, parseCsv(csv));

      expect(result.imported).toBe(2);
      expect(result.failures.map((f) => f.line)).toEqual([3, 4, 5, 6]);
      expect(result.failures[0]!.reason).toContain('"Nowhere"');
      expect(paths(await t.ctx.repos.topics.list())).toEqual(["Audio (learnable)", "Audio > Podcasts (learnable)"]);
    });

    it("can import the same file again: existing topics fail but their new children attach to them", async () => {
      await importTopics(t.ctx, parseCsv("name,parent\nAudio,\nHeadphones,Audio\n"));

      const again = await importTopics(t.ctx, parseCsv("name,parent\nAudio,\nHeadphones,Audio\nMicrophones,Audio\n"));

      expect(again.imported).toBe(1);
      expect(again.failures).toEqual([
        { line: 2, reason: 'A topic named "Audio" exists already at that place in the tree.' },
        { line: 3, reason: 'A topic named "Headphones" exists already at that place in the tree.' },
      ]);
      expect(paths(await t.ctx.repos.topics.list())).toEqual(["Audio (learnable)", "Audio > Headphones (learnable)", "Audio > Microphones (learnable)"]);
    });

    it("hangs rows under topics that exist already", async () => {
      await importTopics(t.ctx, parseCsv("name\nPrinting\n"));
      const result = await importTopics(t.ctx, parseCsv("name,parent,nature\nToner,printing,specialist\n"));
      expect(result.imported).toBe(1);
      expect(paths(await t.ctx.repos.topics.list())).toContain("Printing > Toner (specialist)");
    });
  });
}
