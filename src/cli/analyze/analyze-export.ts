import { createReportAccumulator } from "../../core/insights/report/index.js";
import type { DependencyReport } from "../../core/insights/report.types.js";
import { CliError } from "../run.js";
import { dateParserIn } from "./parse-date.js";
import { readExport, type ReadSummary } from "./read-export.js";

export interface AnalyzeOptions {
  format?: string;
  map?: string;
  /** IANA zone for months and for export times without an offset; default UTC. */
  timeZone?: string;
  /** Window bounds as dates; by default the data's whole span. */
  from?: string;
  to?: string;
  onProgress?(bytes: number, totalBytes: number, rows: number): void;
}

export interface AnalyzeResult {
  report: DependencyReport;
  source: ReadSummary & { file: string; timeZone: string };
}

// Date's own limits: an open end of the window until the data says where it really is.
const EARLIEST = -8.64e15;
const LATEST = 8.64e15;

/** `scaffold analyze`'s work without the files: one streaming pass from an export to the report. */
export async function analyzeExport(file: string, options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const timeZone = options.timeZone ?? "UTC";
  checkTimeZone(timeZone);
  const parseDate = dateParserIn(timeZone);
  const bound = (text: string | undefined, flag: string): number | null => {
    if (text === undefined) return null;
    const at = parseDate(text);
    if (at === null) throw new CliError(`${flag} "${text}" is not a date (use ISO 8601 or YYYY-MM-DD HH:MM)`);
    return at;
  };
  const from = bound(options.from, "--from");
  const to = bound(options.to, "--to");
  if (from !== null && to !== null && from >= to) throw new CliError("--from must be before --to");

  const accumulator = createReportAccumulator({ from: from ?? EARLIEST, to: to ?? LATEST, timeZone });
  let first = Infinity;
  let last = -Infinity;
  const summary = await readExport(file, {
    format: options.format, map: options.map, timeZone, onProgress: options.onProgress,
    onRecord: (record) => {
      accumulator.add(record);
      for (const time of [record.created, record.resolved]) {
        if (time === null) continue;
        if (time < first) first = time;
        if (time > last) last = time;
      }
    },
  });
  const report = accumulator.finish();
  // An open window is the data's span: from the first event to just after the last.
  if (Number.isFinite(first)) {
    if (from === null) report.from = new Date(first).toISOString();
    if (to === null) report.to = new Date(last + 1).toISOString();
  }
  return { report, source: { ...summary, file, timeZone } };
}

function checkTimeZone(timeZone: string): void {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    throw new CliError(`--tz "${timeZone}" is not a time zone (use an IANA name such as Europe/Paris, or UTC)`);
  }
}
