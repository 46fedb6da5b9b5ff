import { AppError } from "../../core/shared/errors.js";
import type { RowFailure } from "./read-records.js";

/** What an import did: rows read, rows written, and every failed row with its line. */
export interface ImportResult {
  total: number;
  imported: number;
  failures: RowFailure[];
}

/** Told after each row, so the command can draw progress. */
export type ProgressListener = (done: number, total: number) => void;

/**
 * Runs one row's write; an expected failure (an AppError: taken email, weak password…) becomes the
 * row's reason, while anything else (the database went away) stops the import, naming the line.
 */
export async function attemptRow(line: number, work: () => Promise<void>, failures: RowFailure[]): Promise<boolean> {
  try {
    await work();
    return true;
  } catch (error) {
    if (error instanceof AppError) {
      failures.push({ line, reason: error.message });
      return false;
    }
    throw new Error(`Import stopped at line ${line}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

export function byLine(failures: RowFailure[]): RowFailure[] {
  return [...failures].sort((a, b) => a.line - b.line);
}
