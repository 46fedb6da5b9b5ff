import { describe, expect, it } from "vitest";
import type { RoutingCandidate } from "../community.types.js";
import { proposeHelpers } from "./route-request.js";
import { buildCandidate, buildRoutingRequest } from "./testing/routing.factory.js";

/**
 * Concentration: one very skilled helper (a mentor, with room for 10) beside six practitioners. Each
 * request is resolved at once, so load stays 0 and only the recent share moves. A naive "most skilled,
 * least loaded" policy sends every request to the mentor; the router spreads them.
 */
describe("proposeHelpers spreads help away from the top helper", () => {
  const TOP = 2;
  const people = (): RoutingCandidate[] => [
    buildCandidate({ personId: TOP, skills: { 11: "mentor" }, openCap: 10 }),
    ...[3, 4, 5, 6, 7, 8].map((personId) => buildCandidate({ personId, skills: { 11: "practitioner" } })),
  ];

  function replay(requests: number): number[] {
    const resolved = new Map<number, number>();
    const picks: number[] = [];
    let candidates = people();
    for (let i = 0; i < requests; i++) {
      const [first] = proposeHelpers(buildRoutingRequest(), candidates);
      picks.push(first!.personId);
      resolved.set(first!.personId, (resolved.get(first!.personId) ?? 0) + 1);
      const stamp = new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString();
      candidates = candidates.map((c) => ({
        ...c,
        recentShare: (resolved.get(c.personId) ?? 0) / (i + 1),
        lastAssignedAt: c.personId === first!.personId ? stamp : c.lastAssignedAt,
      }));
    }
    return picks;
  }

  it("lowers the top helper's score as their recent share rises", () => {
    const scoreAt = (recentShare: number) => {
      const [top, ...others] = people();
      return proposeHelpers(buildRoutingRequest(), [{ ...top!, recentShare }, ...others]).find((p) => p.personId === TOP)!.score;
    };
    // Seven helpers: a fair share is 1/7, and 2/7 earns no spread points.
    // 35 + 20 + 30·(1 − s/(2/7)) + 10: 95 at 0, 80 at a fair share, 65 from two fair shares on
    expect([0, 1 / 7, 2 / 7, 0.5].map(scoreAt)).toEqual([95, 80, 65, 65]);
    // A practitioner with no recent share scores 83.33, so the mentor leads only while under 11%.
  });

  it("gives the mentor the first request, then the practitioners in turn", () => {
    // 1st: mentor 95 vs 83. 2nd: mentor (share 1.0) 65 vs 83, practitioners tie → never assigned, lowest id.
    expect(replay(7)).toEqual([TOP, 3, 4, 5, 6, 7, 8]);
  });

  it("keeps the top helper's share near a fair one over many requests", () => {
    const picks = replay(70);
    const topShare = picks.filter((id) => id === TOP).length / picks.length;
    // Naive policy: 70 of 70. Seven helpers share fairly at 1/7 ≈ 14%; the mentor's depth is worth a
    // share about 11 points above the others' (11.67 skill points at 105 points per unit of share),
    // so the mentor settles near 24%.
    expect(topShare).toBeGreaterThan(1 / 7);
    expect(topShare).toBeLessThan(0.3);
    for (const id of [3, 4, 5, 6, 7, 8]) expect(picks.filter((p) => p === id).length).toBeGreaterThanOrEqual(7);
  });
});
