import type { InsightRecord, Rates } from "../report.types.js";

/**
 * Numerators and denominators of DESIGN's rates. Each denominator is the whole population DESIGN names
 * ("all requests", "all resolutions"); a rate is null when no record of that population carries the
 * fact it needs (an export without modes has no support share, rather than a share of 0).
 */
export interface RateCounts {
  /** Requests created in the window. */
  requests: number;
  withMode: number;
  supportModes: number;
  withModeAndNature: number;
  doOnLearnable: number;
  /** Requests with a known requester and topic (repeat can be judged) and those that were repeats. */
  repeatKnown: number;
  repeats: number;
  /** Resolutions in the window. */
  resolutions: number;
  helperRoleKnown: number;
  byNonTech: number;
  linkKnown: number;
  linked: number;
  /** Resolved guide/idea requests whose requester answered, and those who answered yes. */
  answered: number;
  answeredYes: number;
}

export function emptyRateCounts(): RateCounts {
  return {
    requests: 0, withMode: 0, supportModes: 0, withModeAndNature: 0, doOnLearnable: 0, repeatKnown: 0, repeats: 0,
    resolutions: 0, helperRoleKnown: 0, byNonTech: 0, linkKnown: 0, linked: 0, answered: 0, answeredYes: 0,
  };
}

/** Counts a request created in the window. */
export function countRequest(counts: RateCounts, record: InsightRecord): void {
  counts.requests += 1;
  if (record.mode !== null) {
    counts.withMode += 1;
    if (record.mode === "guide" || record.mode === "idea") counts.supportModes += 1;
    if (record.nature !== null) {
      counts.withModeAndNature += 1;
      if (record.mode === "do" && record.nature === "learnable") counts.doOnLearnable += 1;
    }
  }
}

/** Counts a request resolved in the window. */
export function countResolution(counts: RateCounts, record: InsightRecord): void {
  counts.resolutions += 1;
  if (record.helperIsTech !== null && record.helper !== null) {
    counts.helperRoleKnown += 1;
    if (!record.helperIsTech) counts.byNonTech += 1;
  }
  if (record.linked !== null) {
    counts.linkKnown += 1;
    if (record.linked) counts.linked += 1;
  }
  if ((record.mode === "guide" || record.mode === "idea") && record.selfReliance !== null) {
    counts.answered += 1;
    if (record.selfReliance === "yes") counts.answeredYes += 1;
  }
}

/** The rates; `deflections` undefined means there is no deflection data (e.g. an export). */
export function ratesOf(counts: RateCounts, deflections: number | undefined): Rates {
  const submitted = deflections === undefined ? 0 : deflections + counts.requests;
  return {
    support: counts.withMode > 0 ? counts.supportModes / counts.requests : null,
    avoidableService: counts.withModeAndNature > 0 ? counts.doOnLearnable / counts.requests : null,
    deflection: deflections === undefined || submitted === 0 ? null : deflections / submitted,
    learning: counts.answered > 0 ? counts.answeredYes / counts.answered : null,
    repeat: counts.repeatKnown > 0 ? counts.repeats / counts.requests : null,
    community: counts.helperRoleKnown > 0 ? counts.byNonTech / counts.resolutions : null,
    link: counts.linkKnown > 0 ? counts.linked / counts.resolutions : null,
  };
}
