import { createTopic } from "../../core/people/manage-topics.js";
import { AppError } from "../../core/shared/errors.js";
import type { AppContext } from "../../platform/context.js";
import { attemptRow, byLine, type ImportResult, type ProgressListener } from "./import-result.js";
import type { ParsedSource, RowFailure } from "./read-records.js";
import { parseTopicRow, planTopicImport, type TopicParent, type TopicRow } from "./topic-rows.js";

/**
 * Creates topics through createTopic, parents first whatever the file's order, one transaction per row.
 * A row whose topic exists already fails, but its children still attach to the existing topic, so a
 * file can be imported again after fixing the rows that failed.
 */
export async function importTopics(ctx: AppContext, source: ParsedSource, onProgress: ProgressListener = () => {}): Promise<ImportResult> {
  const failures: RowFailure[] = [...source.failures];
  const rows: TopicRow[] = [];
  for (const record of source.records) {
    const row = parseTopicRow(record.fields, record.line);
    if (row.ok) rows.push(row.value);
    else failures.push({ line: record.line, reason: row.reason });
  }
  const plan = planTopicImport(rows, await ctx.repos.topics.list({ includeArchived: true }));
  failures.push(...plan.failures);

  const total = source.records.length;
  let done = total - plan.steps.length;
  if (done > 0) onProgress(done, total);
  const idOfLine = new Map<number, number>();
  let imported = 0;
  for (const { row, parent } of plan.steps) {
    const ok = await attemptRow(row.line, () => createRow(ctx, row, parent, idOfLine), failures);
    if (ok) imported++;
    onProgress(++done, total);
  }
  return { total: total + source.failures.length, imported, failures: byLine(failures) };
}

async function createRow(ctx: AppContext, row: TopicRow, parent: TopicParent, idOfLine: Map<number, number>): Promise<void> {
  const parentId = parentIdOf(row, parent, idOfLine);
  const input = { name: row.name, parentId, nature: row.nature, description: row.description };
  try {
    const topic = await ctx.tx((repos) => createTopic({ topics: repos.topics, events: repos.events, clock: ctx.clock }, null, input));
    idOfLine.set(row.line, topic.id);
  } catch (error) {
    if (error instanceof AppError && error.code === "TOPIC_NAME_TAKEN") {
      const existing = await ctx.repos.topics.findByName(row.name, parentId);
      if (existing) idOfLine.set(row.line, existing.id);
    }
    throw error;
  }
}

function parentIdOf(row: TopicRow, parent: TopicParent, idOfLine: Map<number, number>): number | null {
  if (parent.kind === "root") return null;
  if (parent.kind === "existing") return parent.id;
  const id = idOfLine.get(parent.line);
  if (id === undefined) throw new AppError("TOPIC_NOT_FOUND", `its parent "${row.parent}" (line ${parent.line}) was not imported`);
  return id;
}
