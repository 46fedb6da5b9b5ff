/** Outcome of reading one row: the use-case input, or the reason the row can't be imported. */
export type RowResult<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Thrown while reading a row's fields; caught per row and reported with its line. */
export class RowProblem extends Error {}

/** A field as trimmed text; undefined when missing or blank. Numbers and booleans (JSON Lines) become text. */
export function textField(fields: Record<string, unknown>, key: string): string | undefined {
  const value = fields[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new RowProblem(`${key} must be text`);
}

/** A list field: an array (JSON Lines) or text separated by `;`, `|`, commas or spaces. */
export function listField(fields: Record<string, unknown>, key: string): string[] {
  const value = fields[key];
  if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter(Boolean);
  return (textField(fields, key) ?? "").split(/[;|,\s]+/).filter(Boolean);
}

/** Picks a value from a closed list, case-insensitively, explaining the choices when it isn't one. */
export function oneOf<T extends string>(key: string, raw: string | undefined, allowed: readonly T[], fallback: T): T {
  if (raw === undefined) return fallback;
  const found = allowed.find((a) => a === raw.toLowerCase());
  if (!found) throw new RowProblem(`unknown ${key} "${raw}" (use ${allowed.join(", ")})`);
  return found;
}

/** Column names a file lacks, and those it has that the import doesn't know (likely typos). */
export function checkColumns(columns: readonly string[], known: readonly string[], required: readonly string[]): { missing: string[]; unknown: string[] } {
  return {
    missing: required.filter((c) => !columns.includes(c)),
    unknown: columns.filter((c) => c !== "" && !known.includes(c)),
  };
}

/** Runs a row reader, turning a RowProblem into a failed result. */
export function readRow<T>(read: () => T): RowResult<T> {
  try {
    return { ok: true, value: read() };
  } catch (error) {
    if (error instanceof RowProblem) return { ok: false, reason: error.message };
    throw error;
  }
}
