import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import Papa from "papaparse";
import type { InsightRecord } from "../../core/insights/report.types.js";
import { CliError } from "../run.js";
import { type ColumnPlan, detectFormat, type Field, FORMATS, formatNamed, parseMapping, planColumns } from "./export-formats.js";
import { dateParserIn } from "./parse-date.js";

/** A row that could not be read, by the line it starts on (the header is line 1). */
export interface BadRow {
  line: number;
  reason: string;
}

export interface ReadOptions {
  format?: string;
  map?: string;
  timeZone: string;
  onRecord(record: InsightRecord): void;
  /** Bytes read of the file's size, and rows so far. */
  onProgress?(bytes: number, totalBytes: number, rows: number): void;
  /** How many bad rows to keep with their reasons (the rest are only counted). */
  keepBadRows?: number;
}

export interface ReadSummary {
  formatLabel: string;
  rows: number;
  badRows: number;
  firstBadRows: BadRow[];
}

/**
 * Streams a help desk's export (CSV or TSV, delimiter guessed) row by row into `onRecord`, never holding
 * more than a chunk of the file. The header picks the format unless `format` names it; `map` wins over
 * both. Bad rows are skipped and reported; a missing column or an empty file stops with a CliError.
 */
export async function readExport(file: string, options: ReadOptions): Promise<ReadSummary> {
  const totalBytes = await sizeOf(file);
  const mapping = parseMapping(options.map);
  const parseDate = dateParserIn(options.timeZone);
  const keep = options.keepBadRows ?? 20;
  const summary: ReadSummary = { formatLabel: "", rows: 0, badRows: 0, firstBadRows: [] };
  let plan: ColumnPlan | null = null;
  let width = 0;
  let nextLine = 1;
  let bytes = 0;

  const stream = createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 });
  stream.on("data", (chunk) => {
    bytes += Buffer.byteLength(chunk as string);
    options.onProgress?.(bytes, totalBytes, summary.rows);
  });

  const bad = (line: number, reason: string) => {
    summary.badRows += 1;
    if (summary.firstBadRows.length < keep) summary.firstBadRows.push({ line, reason });
  };

  const onRow = (fields: string[], errors: Papa.ParseError[]): void => {
    const line = nextLine;
    for (const field of fields) nextLine += countNewlines(field);
    nextLine += 1;
    if (fields.length === 1 && fields[0]?.trim() === "") return; // a blank line
    if (!plan) {
      plan = choosePlan(fields.map((name, index) => (index === 0 ? name.replace(/^\uFEFF/, "") : name)), options.format, mapping, file);
      width = fields.length;
      summary.formatLabel = plan.format.label;
      return;
    }
    summary.rows += 1;
    if (errors.length > 0) return bad(line, errors.map((error) => error.message).join("; "));
    if (fields.length !== width) return bad(line, `expected ${width} fields, found ${fields.length}`);
    const record = toRecord(fields, plan, parseDate);
    if (typeof record === "string") return bad(line, record);
    options.onRecord(record);
  };

  // A missing column stops the parse; abort() completes it at once, so the error is kept and rethrown.
  let stopped: unknown = null;
  await new Promise<void>((done, fail) => {
    Papa.parse<string[]>(stream as unknown as File, {
      header: false,
      delimitersToGuess: [",", "\t", ";"],
      step: (results, parser) => {
        if (stopped !== null) return;
        try {
          onRow(results.data, results.errors);
        } catch (error) {
          stopped = error;
          parser.abort();
          stream.destroy();
        }
      },
      complete: () => done(),
      error: (error: Error) => fail(new CliError(`can't read ${file} (${error.message})`)),
    });
  });
  if (stopped !== null) throw stopped;
  if (!plan) throw new CliError(`${file} is empty: an export needs a header row and at least one row`);
  if (summary.rows === 0) throw new CliError(`${file} has a header but no rows to analyze`);
  return summary;
}

function choosePlan(header: string[], formatName: string | undefined, mapping: Partial<Record<Field, string>>, file: string): ColumnPlan {
  const format = formatName ? formatNamed(formatName) : (detectFormat(header) ?? (Object.keys(mapping).length > 0 ? formatNamed("csv") : null));
  if (!format) {
    throw new CliError(
      `can't tell which help desk exported ${file} from its header (${header.join(", ")}); ` +
        `pass --format ${FORMATS.map((f) => f.name).join("|")} or name the columns with --map requester=COL,helper=COL,topic=COL,created=COL,resolved=COL`,
    );
  }
  return planColumns(header, format, mapping, file);
}

const UNSET = new Set(["", "not set", "-", "null", "none", "n/a"]);
const MODES = new Set(["guide", "idea", "do"]);
const NATURES = new Set(["learnable", "specialist"]);

/** A row as a record, or the reason it can't be one. */
function toRecord(fields: string[], plan: ColumnPlan, parseDate: (text: string) => number | null): InsightRecord | string {
  const value = (field: Field): string | null => {
    const index = plan.index[field];
    const text = index === undefined ? "" : (fields[index] ?? "").trim();
    return UNSET.has(text.toLowerCase()) ? null : text;
  };
  const createdText = value("created");
  if (createdText === null) return "created: no date";
  const created = parseDate(createdText);
  if (created === null) return `created: can't read the date "${createdText}" (use ISO 8601 or YYYY-MM-DD HH:MM)`;
  const resolvedText = value("resolved");
  const resolved = resolvedText === null ? null : parseDate(resolvedText);
  if (resolvedText !== null && resolved === null) return `resolved: can't read the date "${resolvedText}" (use ISO 8601 or YYYY-MM-DD HH:MM)`;
  const mode = value("mode")?.toLowerCase() ?? null;
  if (mode !== null && !MODES.has(mode)) return `mode: "${mode}" is not guide, idea or do`;
  const nature = value("nature")?.toLowerCase() ?? null;
  if (nature !== null && !NATURES.has(nature)) return `nature: "${nature}" is not learnable or specialist`;
  const helper = value("helper");
  return {
    // RT lists every requestor ("a@x, b@y"); the first is the one who asked.
    requester: value("requester")?.split(",")[0]?.trim() || null,
    helper: helper === null || plan.format.nobody.includes(helper.toLowerCase()) ? null : helper,
    helperIsTech: null,
    topic: value("topic"),
    created,
    resolved,
    mode: mode as InsightRecord["mode"],
    nature: nature as InsightRecord["nature"],
    selfReliance: null,
    linked: null,
  };
}

function countNewlines(text: string): number {
  let count = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count += 1;
  return count;
}

async function sizeOf(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new CliError(code === "ENOENT" ? `${file} does not exist` : `can't read ${file} (${code ?? String(error)})`);
  }
}
