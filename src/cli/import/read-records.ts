import Papa from "papaparse";

/** One row of an import file: its fields by lower-cased column name and the line it starts on (1-based). */
export interface SourceRecord {
  line: number;
  fields: Record<string, unknown>;
}

/** A row that could not be imported, and why, in words a school's admin can act on. */
export interface RowFailure {
  line: number;
  reason: string;
}

/** An import file read into records; rows that could not even be parsed are already failures. */
export interface ParsedSource {
  columns: string[];
  records: SourceRecord[];
  failures: RowFailure[];
}

export type SourceFormat = "csv" | "jsonl";

/** JSON Lines by extension (`.jsonl`, `.ndjson`); everything else is read as CSV. */
export function formatOf(path: string): SourceFormat {
  return /\.(jsonl|ndjson)$/i.test(path) ? "jsonl" : "csv";
}

export function parseSource(text: string, format: SourceFormat): ParsedSource {
  return format === "jsonl" ? parseJsonLines(text) : parseCsv(text);
}

/**
 * CSV with a header row (comma or semicolon, as spreadsheets in many locales export). Header names are
 * trimmed and lower-cased; line numbers count the header as line 1 and follow quoted multi-line fields.
 */
export function parseCsv(raw: string): ParsedSource {
  // Mixed line endings (a file edited on two systems) would leave stray \r in the last field.
  const text = stripBom(raw).replace(/\r\n?/g, "\n");
  const lines = lineCounter(text);
  let columns: string[] | null = null;
  const records: SourceRecord[] = [];
  const failures: RowFailure[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: "greedy",
    step: (result) => {
      const line = lines(skipBlank(text, rowStart));
      rowStart = result.meta.cursor;
      const values = result.data;
      // A one-column file has no delimiter to detect; papaparse's comma default is right then.
      const error = result.errors.find((e) => e.code !== "UndetectableDelimiter");
      if (error) {
        failures.push({ line, reason: `the row can't be read as CSV (${error.message})` });
      } else if (columns === null) {
        columns = values.map((c) => c.trim().toLowerCase());
      } else if (values.length > columns.length && values.slice(columns.length).some((v) => v.trim() !== "")) {
        failures.push({ line, reason: `the row has ${values.length} fields but the header has ${columns.length}` });
      } else {
        records.push({ line, fields: Object.fromEntries(columns.map((c, i) => [c, values[i] ?? ""])) });
      }
    },
  });
  return { columns: columns ?? [], records, failures };
}

/** One JSON object per line, with the same field names as the CSV columns; blank lines are skipped. */
export function parseJsonLines(raw: string): ParsedSource {
  const columns = new Set<string>();
  const records: SourceRecord[] = [];
  const failures: RowFailure[] = [];
  stripBom(raw)
    .split(/\r?\n/)
    .forEach((text, index) => {
      const line = index + 1;
      if (text.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        failures.push({ line, reason: "the line is not valid JSON" });
        return;
      }
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        failures.push({ line, reason: "the line is not a JSON object" });
        return;
      }
      const fields = Object.fromEntries(Object.entries(value).map(([k, v]) => [k.trim().toLowerCase(), v]));
      Object.keys(fields).forEach((k) => columns.add(k));
      records.push({ line, fields });
    });
  return { columns: [...columns], records, failures };
}

function stripBom(text: string): string {
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

function skipBlank(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

/** Line number of an offset; offsets must be asked in increasing order, so the whole file is scanned once. */
function lineCounter(text: string): (offset: number) => number {
  let scanned = 0;
  let line = 1;
  return (offset) => {
    for (; scanned < offset; scanned++) if (text.charCodeAt(scanned) === 10) line++;
    return line;
  };
}
