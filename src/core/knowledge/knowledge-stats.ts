import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";

/** Counts over a window `[from, to)`, read from the database in one pass. */
export interface KnowledgeCounts {
  resolvedRequests: number;
  /** Resolved requests with at least one solved_by, referenced or created_from link (not "viewed"). */
  linkedResolvedRequests: number;
  deflections: number;
  requestsSubmitted: number;
  articlesByState: Record<string, number>;
}

export interface KnowledgeStatsSource {
  counts(window: { from: string; to: string }): Promise<KnowledgeCounts>;
}

/** DESIGN.md's KCS figures: link rate and deflection rate, null where the window holds nothing to divide. */
export function knowledgeRates(c: KnowledgeCounts) {
  return {
    linkRate: c.resolvedRequests ? c.linkedResolvedRequests / c.resolvedRequests : null,
    deflectionRate: c.deflections + c.requestsSubmitted ? c.deflections / (c.deflections + c.requestsSubmitted) : null,
  };
}

/** Knowledge health for tech and leaders: is the base used, and does work get linked to it? */
export async function knowledgeStats(deps: { stats: KnowledgeStatsSource }, actor: Actor, window: { from: string; to: string }) {
  if (!actor.roles.some((r) => r === "tech" || r === "admin" || r === "leader")) throw new AppError("FORBIDDEN", "Knowledge figures are for tech and leaders.");
  if (!(window.from < window.to)) throw new AppError("VALIDATION_FAILED", "`from` must come before `to`.");
  const counts = await deps.stats.counts(window);
  return { ...window, ...counts, ...knowledgeRates(counts) };
}
