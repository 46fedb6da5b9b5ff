/** Cells starting with = + - @ (or tab / CR) would run as formulas in spreadsheets: prefix them with '. */
function cell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface CsvTable {
  columns: string[];
  rows: (string | number | null)[][];
}

/** The table as CSV text (CRLF, quoted where needed). */
export function toCsv(table: CsvTable): string {
  return [table.columns, ...table.rows].map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}

/** Saves the table as a CSV file in the browser. */
export function downloadCsv(table: CsvTable, filename: string): void {
  const blob = new Blob(["\uFEFF", toCsv(table)], { type: "text/csv;charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
