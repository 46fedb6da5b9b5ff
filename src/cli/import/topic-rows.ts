import { TOPIC_NATURES, type Topic, type TopicNature } from "../../core/people/people.types.js";
import type { RowFailure } from "./read-records.js";
import { oneOf, readRow, RowProblem, type RowResult, textField } from "./row-fields.js";

/** Columns of a topics file; only `name` is required. */
export const TOPIC_COLUMNS = ["name", "parent", "nature", "description"] as const;
export const REQUIRED_TOPIC_COLUMNS = ["name"] as const;

export interface TopicRow {
  line: number;
  name: string;
  parent: string | null;
  nature: TopicNature;
  description: string;
}

/** Where a planned topic hangs: at the root, under an existing topic, or under another row of the file. */
export type TopicParent = { kind: "root" } | { kind: "existing"; id: number } | { kind: "row"; line: number };

export interface TopicStep {
  row: TopicRow;
  parent: TopicParent;
}

/** Reads one topics row; nature defaults to learnable, the support-first assumption. */
export function parseTopicRow(fields: Record<string, unknown>, line: number): RowResult<TopicRow> {
  return readRow(() => {
    const name = textField(fields, "name");
    if (!name) throw new RowProblem("name is empty");
    return {
      line,
      name,
      parent: textField(fields, "parent") ?? null,
      nature: oneOf("nature", textField(fields, "nature"), TOPIC_NATURES, "learnable"),
      description: textField(fields, "description") ?? "",
    };
  });
}

/**
 * Orders rows so every parent is created before its children, wherever it appears in the file.
 * A parent name refers to a row of the file first, then to an existing topic; rows whose parent is
 * unknown, ambiguous or part of a loop fail here, before anything is written.
 */
export function planTopicImport(rows: readonly TopicRow[], existing: readonly Topic[]): { steps: TopicStep[]; failures: RowFailure[] } {
  const failures = new Map<number, string>();
  const parents = new Map<number, TopicParent>();

  const seen = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.name.toLowerCase()}\u0000${(row.parent ?? "").toLowerCase()}`;
    const first = seen.get(key);
    if (first !== undefined) failures.set(row.line, `"${row.name}" appears already on line ${first}`);
    else seen.set(key, row.line);
  }
  // A repeated row is not a second candidate parent: it is simply not imported.
  const rowsByName = groupBy(
    rows.filter((r) => !failures.has(r.line)),
    (r) => r.name.toLowerCase(),
  );
  const existingByName = groupBy(existing, (t) => t.name.toLowerCase());
  for (const row of rows) {
    if (failures.has(row.line)) continue;
    try {
      parents.set(row.line, resolveParent(row, rowsByName, existingByName));
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      failures.set(row.line, error.message);
    }
  }

  const steps: TopicStep[] = [];
  const state = new Map<number, "visiting" | "done">();
  const byLine = new Map(rows.map((r) => [r.line, r]));
  const visit = (row: TopicRow, chain: TopicRow[]): void => {
    if (state.get(row.line) === "done" || failures.has(row.line)) return;
    if (state.get(row.line) === "visiting") {
      const loop = chain.slice(chain.indexOf(row));
      loop.forEach((r, i) => {
        const path = [...loop.slice(i), ...loop.slice(0, i), r].map((t) => t.name).join(" → ");
        failures.set(r.line, `its parents loop back to it (${path})`);
      });
      return;
    }
    state.set(row.line, "visiting");
    const parent = parents.get(row.line)!;
    if (parent.kind === "row") visit(byLine.get(parent.line)!, [...chain, row]);
    state.set(row.line, "done");
    if (!failures.has(row.line)) steps.push({ row, parent });
  };
  for (const row of rows) visit(row, []);

  // A row whose parent row failed in planning can't be placed either.
  const placed = new Set(steps.map((s) => s.row.line));
  const ok = steps.filter((s) => {
    if (s.parent.kind !== "row" || placed.has(s.parent.line)) return true;
    failures.set(s.row.line, `its parent "${s.row.parent}" (line ${s.parent.line}) can't be imported`);
    placed.delete(s.row.line);
    return false;
  });
  return { steps: ok, failures: [...failures].map(([line, reason]) => ({ line, reason })).sort((a, b) => a.line - b.line) };
}

function resolveParent(row: TopicRow, rowsByName: Map<string, TopicRow[]>, existingByName: Map<string, Topic[]>): TopicParent {
  if (row.parent === null) return { kind: "root" };
  const key = row.parent.toLowerCase();
  const inFile = rowsByName.get(key) ?? [];
  if (inFile.length === 1) return { kind: "row", line: inFile[0]!.line };
  if (inFile.length > 1) throw new RowProblem(`parent "${row.parent}" is ambiguous: lines ${inFile.map((r) => r.line).join(", ")} all have that name`);
  const found = existingByName.get(key) ?? [];
  if (found.length === 1) return { kind: "existing", id: found[0]!.id };
  if (found.length > 1) throw new RowProblem(`parent "${row.parent}" is ambiguous: ${found.length} topics have that name`);
  throw new RowProblem(`parent "${row.parent}" is neither in the file nor an existing topic`);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
}
