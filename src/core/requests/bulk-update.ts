import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { isTriager } from "./access.js";

export type BulkAction =
  | { action: "assign"; assigneeId: number | null }
  | { action: "status"; status: "triaged" | "in_progress" | "waiting" | "closed" }
  | { action: "topic"; topicId: number }
  | { action: "urgency"; urgency: "low" | "normal" | "high" | "urgent" };

export interface BulkResult {
  id: number;
  ok: boolean;
  error?: { code: string; message: string };
}

export const MAX_BULK = 200;

/**
 * Applies one triage action to many requests, each in its own unit of work, so one refusal (a closed
 * request, a stale one) doesn't undo the rest; every outcome is reported.
 */
export async function bulkUpdate(actor: Actor, ids: number[], applyOne: (id: number) => Promise<void>): Promise<BulkResult[]> {
  if (!isTriager(actor)) throw new AppError("FORBIDDEN", "Bulk actions are part of triage.");
  const unique = [...new Set(ids)];
  if (unique.length === 0 || unique.length > MAX_BULK) throw new AppError("VALIDATION_FAILED", `Choose between 1 and ${MAX_BULK} requests.`);
  const results: BulkResult[] = [];
  for (const id of unique) {
    try {
      await applyOne(id);
      results.push({ id, ok: true });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      results.push({ id, ok: false, error: { code: error.code, message: error.message } });
    }
  }
  return results;
}
