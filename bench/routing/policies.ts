/** The two policies the eval compares: Scaffold's router and the naive "most skilled, least loaded". */
import type { RoutingCandidate, RoutingRequest, SkillLevel } from "../../src/core/community/community.types.js";
import { isEligible, nearestSkill } from "../../src/core/community/routing/eligibility.js";
import { proposeHelpers } from "../../src/core/community/routing/route-request.js";

/** Who takes the request; `pairWith` is a co-credited mentor (the load stays with the primary). */
export interface Pick { personId: number; pairWith?: number }
export type Policy = (request: RoutingRequest, candidates: readonly RoutingCandidate[]) => Pick | null;

/** Scaffold's router: take the top proposal, with its paired mentor if any. */
export const routerPolicy: Policy = (request, candidates) => {
  const [top] = proposeHelpers(request, candidates, { limit: 1 });
  return top ? { personId: top.personId, ...(top.pairWith ? { pairWith: top.pairWith.personId } : {}) } : null;
};

const RANK: Record<SkillLevel, number> = { learning: 1, practitioner: 2, mentor: 3 };

/**
 * The baseline a help desk without Scaffold's spreading would use: among the same eligible people
 * (same caps, away, tech-only specialist work), the highest level, then the least open load, then id.
 */
export const naivePolicy: Policy = (request, candidates) => {
  const level = (c: RoutingCandidate) => { const s = nearestSkill(c, request); return s ? RANK[s.level] : 0; };
  const [best] = candidates
    .filter((c) => isEligible(c, request))
    .sort((a, b) => level(b) - level(a) || a.openLoad - b.openLoad || a.personId - b.personId);
  return best ? { personId: best.personId } : null;
};
