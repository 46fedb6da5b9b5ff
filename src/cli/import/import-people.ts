import { createPerson } from "../../core/people/create-person.js";
import type { AppContext } from "../../platform/context.js";
import { attemptRow, byLine, type ImportResult, type ProgressListener } from "./import-result.js";
import { campusLookup, parsePersonRow } from "./people-rows.js";
import type { ParsedSource, RowFailure } from "./read-records.js";

/** Creates one person per record through createPerson, each in its own transaction; bad rows are kept as failures. */
export async function importPeople(ctx: AppContext, source: ParsedSource, onProgress: ProgressListener = () => {}): Promise<ImportResult> {
  const campusId = campusLookup(await ctx.repos.campuses.list());
  const failures: RowFailure[] = [...source.failures];
  const total = source.records.length;
  let imported = 0;
  for (const [index, record] of source.records.entries()) {
    const row = parsePersonRow(record.fields, campusId);
    if (!row.ok) failures.push({ line: record.line, reason: row.reason });
    else {
      const done = await attemptRow(
        record.line,
        () =>
          ctx.tx(async (repos) => {
            await createPerson({ people: repos.people, campuses: repos.campuses, events: repos.events, clock: ctx.clock, hasher: ctx.hasher }, null, row.value);
          }),
        failures,
      );
      if (done) imported++;
    }
    onProgress(index + 1, total);
  }
  return { total: total + source.failures.length, imported, failures: byLine(failures) };
}
