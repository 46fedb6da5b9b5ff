import { CliError } from "../run.js";

/** The facts `analyze` reads from an export, one column each. */
export const FIELDS = ["requester", "helper", "topic", "created", "resolved", "mode", "nature"] as const;
export type Field = (typeof FIELDS)[number];
const REQUIRED: readonly Field[] = ["requester", "helper", "topic", "created", "resolved"];

export type FormatName = "rt" | "osticket" | "zammad" | "csv";

interface ExportFormat {
  name: FormatName;
  label: string;
  /** Columns (any of them, compared without case, spaces or punctuation) that mark this product's export. */
  signature: string[][];
  /** Candidate column names per field, best first. */
  columns: Partial<Record<Field, string[]>>;
  /** Values that mean "nobody" in the helper column. */
  nobody: string[];
}

/**
 * What each product's export calls the columns. Request Tracker: a ticket search's "Spreadsheet" (TSV)
 * download; osTicket: Tickets → Export (CSV); Zammad: a ticket export or report (CSV) with its
 * attribute names or their labels.
 */
export const FORMATS: readonly ExportFormat[] = [
  {
    name: "rt", label: "Request Tracker",
    signature: [["requestors", "requestor"], ["queue"], ["owner"]],
    columns: { requester: ["Requestors", "Requestor", "RequestorAddresses"], helper: ["Owner", "OwnerName"], topic: ["Queue", "QueueName"], created: ["Created"], resolved: ["Resolved"] },
    nobody: ["nobody", "nobody in particular"],
  },
  {
    name: "osticket", label: "osTicket",
    signature: [["ticket number", "ticket"], ["date created", "create date"]],
    columns: {
      requester: ["From Email", "Email", "From", "User"], helper: ["Agent Assigned", "Assigned To", "Staff Assigned", "Agent"],
      topic: ["Help Topic", "Topic", "Department"], created: ["Date Created", "Create Date", "Created"], resolved: ["Closed Date", "Date Closed", "Closed"],
    },
    nobody: ["unassigned"],
  },
  {
    name: "zammad", label: "Zammad",
    signature: [["number", "#"], ["customer"], ["created_at", "created at"]],
    columns: {
      requester: ["customer", "Customer"], helper: ["owner", "Owner"], topic: ["group", "Group"],
      created: ["created_at", "Created at"], resolved: ["close_at", "Closed at", "close at", "closed_at"],
    },
    nobody: ["-", "unassigned"],
  },
  {
    name: "csv", label: "generic CSV",
    signature: [["requester"], ["created"]],
    columns: { requester: ["requester"], helper: ["helper"], topic: ["topic"], created: ["created"], resolved: ["resolved"], mode: ["mode"], nature: ["nature"] },
    nobody: [],
  },
];

/** Which column holds each field (an index into the header row). */
export interface ColumnPlan {
  format: ExportFormat;
  index: Partial<Record<Field, number>>;
}

/** Compares column names as a person would: "Created at", "created_at" and "CREATED AT" are one. */
export function normalize(name: string): string {
  return name.trim().toLowerCase().replace(/[^a-z0-9#]+/g, "");
}

export function formatNamed(name: string): ExportFormat {
  const format = FORMATS.find((candidate) => candidate.name === name.toLowerCase());
  if (!format) throw new CliError(`unknown format "${name}": use one of ${FORMATS.map((f) => f.name).join(", ")}`);
  return format;
}

/** The product whose signature columns the header has all of; null when none fits. */
export function detectFormat(header: readonly string[]): ExportFormat | null {
  const names = new Set(header.map(normalize));
  return FORMATS.find((format) => format.signature.every((anyOf) => anyOf.some((name) => names.has(normalize(name))))) ?? null;
}

/** Parses `--map requester=Owner,helper=Agent` into field → column. */
export function parseMapping(text: string | undefined): Partial<Record<Field, string>> {
  const mapping: Partial<Record<Field, string>> = {};
  if (!text) return mapping;
  for (const pair of text.split(",")) {
    const [field, ...rest] = pair.split("=");
    const column = rest.join("=").trim();
    const key = field?.trim().toLowerCase() as Field;
    if (!FIELDS.includes(key) || !column) throw new CliError(`--map takes field=COLUMN pairs for ${FIELDS.join(", ")}; "${pair}" is not one`);
    mapping[key] = column;
  }
  return mapping;
}

/**
 * Chooses the column of each field: `--map` always wins, then the format's usual names. A mapped column
 * the header lacks, or a required field with no column, is an error naming it and listing the header.
 */
export function planColumns(header: readonly string[], format: ExportFormat, mapping: Partial<Record<Field, string>>, file: string): ColumnPlan {
  const positions = new Map<string, number>();
  header.forEach((name, index) => { if (!positions.has(normalize(name))) positions.set(normalize(name), index); });
  const columns = `its columns are: ${header.join(", ")}`;
  const index: Partial<Record<Field, number>> = {};
  const missing: string[] = [];
  for (const field of FIELDS) {
    const mapped = mapping[field];
    if (mapped !== undefined) {
      const at = positions.get(normalize(mapped));
      if (at === undefined) throw new CliError(`${file} has no column "${mapped}" (from --map ${field}=${mapped}); ${columns}`);
      index[field] = at;
      continue;
    }
    const at = (format.columns[field] ?? []).map((name) => positions.get(normalize(name))).find((position) => position !== undefined);
    if (at !== undefined) index[field] = at;
    else if (REQUIRED.includes(field)) missing.push(`${field} (${format.columns[field]?.map((name) => `"${name}"`).join(" or ") ?? "no usual name"})`);
  }
  if (missing.length > 0) {
    throw new CliError(`${file} (read as ${format.label}) lacks a column for ${missing.join(", ")}; ${columns}. Name the columns with --map, e.g. --map ${missing.map((entry) => `${entry.split(" ")[0]}=COLUMN`).join(",")}`);
  }
  return { format, index };
}
