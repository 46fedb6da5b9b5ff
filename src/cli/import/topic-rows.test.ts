import { describe, expect, it } from "vitest";
import type { Topic } from "../../core/people/people.types.js";
import { parseTopicRow, planTopicImport, type TopicRow } from "./topic-rows.js";

function rows(...specs: [name: string, parent?: string][]): TopicRow[] {
  return specs.map(([name, parent], i) => ({ line: i + 2, name, parent: parent ?? null, nature: "learnable", description: "" }));
}

const existing: Topic[] = [{ id: 7, name: "Printing", parentId: null, nature: "learnable", description: "", archived: false, communityAudience: "skilled", autoAssign: false }];

describe("parseTopicRow", () => {
  it("defaults nature to learnable and rejects unknown natures", () => {
    expect(parseTopicRow({ name: "Audio", parent: "" }, 2)).toEqual({ ok: true, value: { line: 2, name: "Audio", parent: null, nature: "learnable", description: "" } });
    expect(parseTopicRow({ name: "Audio", nature: "Specialist" }, 2)).toMatchObject({ ok: true, value: { nature: "specialist" } });
    expect(parseTopicRow({ name: "Audio", nature: "magic" }, 2)).toEqual({ ok: false, reason: 'unknown nature "magic" (use learnable, specialist)' });
  });
});

describe("planTopicImport", () => {
  it("creates parents first, even when they come later in the file", () => {
    const { steps, failures } = planTopicImport(rows(["Headphones", "Audio"], ["Audio"], ["Mixers", "Headphones"]), []);
    expect(failures).toEqual([]);
    expect(steps.map((s) => s.row.name)).toEqual(["Audio", "Headphones", "Mixers"]);
    expect(steps[1]!.parent).toEqual({ kind: "row", line: 3 });
  });

  it("hangs rows under existing topics by name, case-insensitively", () => {
    const { steps } = planTopicImport(rows(["Toner", "printing"]), existing);
    expect(steps[0]!.parent).toEqual({ kind: "existing", id: 7 });
  });

  it("fails rows whose parent is unknown, and their children with them", () => {
    const { steps, failures } = planTopicImport(rows(["Orphan", "Nowhere"], ["Child of orphan", "Orphan"], ["Fine"]), []);
    expect(steps.map((s) => s.row.name)).toEqual(["Fine"]);
    expect(failures).toEqual([
      { line: 2, reason: 'parent "Nowhere" is neither in the file nor an existing topic' },
      { line: 3, reason: 'its parent "Orphan" (line 2) can\'t be imported' },
    ]);
  });

  it("fails every row of a loop, naming it from each row's side", () => {
    const { steps, failures } = planTopicImport(rows(["A", "B"], ["B", "A"], ["Self", "Self"]), []);
    expect(steps).toEqual([]);
    expect(failures).toEqual([
      { line: 2, reason: "its parents loop back to it (A → B → A)" },
      { line: 3, reason: "its parents loop back to it (B → A → B)" },
      { line: 4, reason: "its parents loop back to it (Self → Self)" },
    ]);
  });

  it("refuses an ambiguous parent name and a repeated row", () => {
    const { failures } = planTopicImport(rows(["Tips", "Printing"], ["Tips", "Audio"], ["Audio"], ["Deep", "Tips"], ["Audio"]), existing);
    expect(failures).toEqual([
      { line: 5, reason: 'parent "Tips" is ambiguous: lines 2, 3 all have that name' },
      { line: 6, reason: '"Audio" appears already on line 4' },
    ]);
  });
});
