/**
 * A CSV cell that a spreadsheet won't run as a formula (CSV injection): text starting with = + - @,
 * a tab or a carriage return gets a leading apostrophe. Numbers pass through; null becomes empty.
 */
export function safeCell(value: string | number | null): string | number {
  if (value === null) return "";
  if (typeof value === "number") return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
