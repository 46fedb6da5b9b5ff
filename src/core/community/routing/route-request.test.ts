import { describe, expect, it } from "vitest";
import { proposeHelpers } from "./route-request.js";
import { buildBystanders, buildCandidate, buildRoutingRequest, TOPIC_NAMES } from "./testing/routing.factory.js";

const route = (...args: Parameters<typeof proposeHelpers>) => proposeHelpers(args[0], args[1], { topicNames: TOPIC_NAMES, ...args[2] });
const ids = (proposals: { personId: number }[]) => proposals.map((p) => p.personId);

describe("proposeHelpers: who is eligible", () => {
  it("explains a proposal in plain words, with a hand-worked score", () => {
    const [proposal] = route(buildRoutingRequest(), [
      buildCandidate({ personId: 7, name: "Ana", skills: { 11: "practitioner" }, openLoad: 1, recentShare: 0.04, days: ["tue", "thu"] }),
      ...buildBystanders(19),
    ]);
    // 20 helpers: a fair share is 5%, and 2 fair shares (10%) earn no spread points.
    // skill 35·⅔ = 23.33 + load 20·(1 − 1/5) = 16 + spread 30·(1 − 0.04/0.1) = 18 + day 6 + hours 4 = 67.33
    expect(proposal).toEqual({
      personId: 7,
      name: "Ana",
      score: 67,
      reasons: ["practitioner in Google Classroom", "holds 1 of 5 open requests", "helped with 4% of recent requests — spreads the load", "usually helps on Tuesdays"],
    });
  });

  it("leaves out the requester, people who are away and people at their cap", () => {
    const proposals = route(buildRoutingRequest({ requesterId: 2 }), [
      buildCandidate({ personId: 2, skills: { 11: "mentor" } }),
      buildCandidate({ personId: 3, skills: { 11: "mentor" }, away: true }),
      buildCandidate({ personId: 4, skills: { 11: "mentor" }, openLoad: 5, openCap: 5 }),
      buildCandidate({ personId: 5, skills: { 11: "mentor" }, openLoad: 4, openCap: 5 }),
      buildCandidate({ personId: 6, skills: { 11: "mentor" }, openCap: 0 }),
    ]);
    expect(ids(proposals)).toEqual([5]);
    expect(proposals.flatMap((p) => p.reasons).join(" ")).not.toMatch(/away/);
  });

  it("needs a skill on the topic or a parent topic, and the nearest one wins", () => {
    const proposals = route(buildRoutingRequest(), [
      buildCandidate({ personId: 3, skills: { 1: "practitioner" } }),
      buildCandidate({ personId: 4, skills: { 11: "learning", 1: "mentor" } }),
      buildCandidate({ personId: 5, skills: { 21: "mentor" } }),
    ]);
    expect(ids(proposals)).toEqual([3, 4]);
    // 35·⅔·0.85 = 19.83 (a parent topic counts a little less) + 20 + 30 + 6 + 4 = 79.83
    expect(proposals[0]).toMatchObject({ score: 80, reasons: expect.arrayContaining(["practitioner in Google Workspace, which covers Google Classroom"]) });
    // The nearest skill is "learning" on Classroom itself, not the parent's "mentor": 35·⅓ + 60 = 71.67
    expect(proposals[1]).toMatchObject({ score: 72, reasons: expect.arrayContaining(["learning Google Classroom"]) });
  });

  it("routes to students only when they are on the student tech team", () => {
    const proposals = route(buildRoutingRequest(), [
      buildCandidate({ personId: 3, kind: "student", roles: [], skills: { 11: "mentor" } }),
      buildCandidate({ personId: 4, kind: "student", roles: ["helper"], skills: { 11: "practitioner" } }),
    ]);
    expect(ids(proposals)).toEqual([4]);
  });

  it("returns nobody rather than someone unsuitable", () => {
    expect(route(buildRoutingRequest(), [buildCandidate({ personId: 3 })])).toEqual([]);
  });
});

describe("proposeHelpers: ranking", () => {
  it("breaks equal scores by least recently assigned (never first), then lowest id", () => {
    const same = { skills: { 11: "practitioner" as const } };
    const proposals = route(buildRoutingRequest(), [
      buildCandidate({ personId: 9, ...same, lastAssignedAt: "2025-03-02T09:00:00Z" }),
      buildCandidate({ personId: 8, ...same, lastAssignedAt: "2025-03-01T09:00:00Z" }),
      buildCandidate({ personId: 6, ...same, lastAssignedAt: null }),
      buildCandidate({ personId: 5, ...same, lastAssignedAt: null }),
      // Same instant written with an offset: equal time, so the id decides.
      buildCandidate({ personId: 7, ...same, lastAssignedAt: "2025-03-01T10:00:00+01:00" }),
    ]);
    expect(new Set(proposals.map((p) => p.score))).toEqual(new Set([83]));
    expect(ids(proposals)).toEqual([5, 6, 7, 8, 9]);
  });

  it("prefers more skill for guidance, but less load and a lower recent share can outweigh it", () => {
    const proposals = route(buildRoutingRequest(), [
      buildCandidate({ personId: 3, skills: { 11: "mentor" }, openLoad: 3, recentShare: 0.12 }),
      buildCandidate({ personId: 4, skills: { 11: "practitioner" } }),
      buildCandidate({ personId: 5, skills: { 11: "mentor" } }),
      ...buildBystanders(17),
    ]);
    // Fair share 1/20 = 5%: at 12% person 3 is past 2 fair shares and earns no spread points.
    // 5: 35 + 20 + 30 + 10 = 95; 4: 23.33 + 60 = 83.33; 3: 35 + 20·0.4 + 0 + 10 = 53
    expect(proposals.map((p) => [p.personId, p.score])).toEqual([[5, 95], [4, 83], [3, 53]]);
    expect(proposals[2]!.reasons).toContain("already helped with 12% of recent requests (a fair share is 5%)");
  });

  it("cares less about depth for a `do` on a learnable task: any practitioner will do", () => {
    const proposals = route(buildRoutingRequest({ mode: "do" }), [
      buildCandidate({ personId: 3, skills: { 11: "mentor" }, openLoad: 1 }),
      buildCandidate({ personId: 4, skills: { 11: "practitioner" } }),
    ]);
    expect(ids(proposals)).toEqual([4, 3]);
    expect(proposals[0]!.score).toBe(95); // 35·1 + 20 + 30 + 10: a practitioner counts as fully able
  });

  it("gives a small bonus to a helper who wants to learn the topic, for guidance only", () => {
    const people = [
      buildCandidate({ personId: 3, skills: { 11: "practitioner" } }),
      buildCandidate({ personId: 4, skills: { 11: "practitioner" }, interests: [11] }),
    ];
    const guide = route(buildRoutingRequest(), people);
    expect(guide.map((p) => [p.personId, p.score])).toEqual([[4, 88], [3, 83]]);
    expect(guide[0]!.reasons).toContain("wants to learn Google Classroom");
    expect(ids(route(buildRoutingRequest({ mode: "do" }), people))).toEqual([3, 4]);
  });

  it("weighs usual days and declared hours without excluding anyone", () => {
    const proposals = route(buildRoutingRequest(), [
      buildCandidate({ personId: 3, skills: { 11: "practitioner" }, days: ["mon", "wed"] }),
      buildCandidate({ personId: 4, skills: { 11: "practitioner" }, hoursPerWeek: 1 }),
    ]);
    // 3: 83.33 − 6 (not a usual day) = 77; 4: 83.33 − 4·½ = 81
    expect(proposals.map((p) => [p.personId, p.score])).toEqual([[4, 81], [3, 77]]);
    expect(proposals[0]!.reasons).toContain("offers 1 hour a week");
    expect(proposals[1]!.reasons).toContain("usually helps on Mondays and Wednesdays, not Tuesdays");
  });

  it("honours the limit", () => {
    const people = [3, 4, 5].map((personId) => buildCandidate({ personId, skills: { 11: "practitioner" } }));
    expect(ids(route(buildRoutingRequest(), people, { limit: 2 }))).toEqual([3, 4]);
  });
});

describe("proposeHelpers: mentor pairing", () => {
  const mentor = buildCandidate({ personId: 3, name: "Maya", skills: { 1: "mentor" }, openLoad: 2, recentShare: 0.15 });
  const learner = buildCandidate({ personId: 4, name: "Leo", skills: { 11: "learning" } });

  it("pairs a learning helper with the best-placed mentor on guidance, and counts them as able", () => {
    const proposals = route(buildRoutingRequest(), [mentor, learner, ...buildBystanders(18)]);
    // Fair share 5%, Maya's 15% earns no spread points.
    // Leo paired: 35·⅔ + 20 + 30 + 10 = 83.33; Maya: 35·0.85 + 20·0.6 + 0 + 10 = 51.75
    expect(proposals.map((p) => [p.personId, p.score])).toEqual([[4, 83], [3, 52]]);
    expect(proposals[0]!.pairWith).toEqual({ personId: 3, name: "Maya" });
    expect(proposals[0]!.reasons.slice(0, 2)).toEqual(["learning Google Classroom", "paired with mentor Maya, who is credited too"]);
    expect(proposals[1]!.pairWith).toBeUndefined();
    expect(route(buildRoutingRequest({ mode: "idea" }), [mentor, learner])[0]!.pairWith).toEqual({ personId: 3, name: "Maya" });
  });

  it("does not pair on `do`, or when no mentor is available", () => {
    expect(route(buildRoutingRequest({ mode: "do" }), [mentor, learner]).every((p) => !p.pairWith)).toBe(true);
    const alone = route(buildRoutingRequest(), [{ ...mentor, away: true }, learner]);
    // Unpaired learner: 35·⅓ + 60 = 71.67
    expect(alone).toEqual([expect.objectContaining({ personId: 4, score: 72 })]);
    expect(alone[0]!.pairWith).toBeUndefined();
  });

  it("proposes a lone learner only after someone able, whatever the scores", () => {
    const busy = buildCandidate({ personId: 5, skills: { 11: "practitioner" }, openLoad: 4, recentShare: 0.3 });
    const proposals = route(buildRoutingRequest(), [busy, learner, ...buildBystanders(18)]);
    // Leo alone 71.67 beats the busy practitioner's 23.33 + 4 + 0 + 10 = 37.33, yet comes second.
    expect(proposals.map((p) => [p.personId, p.score])).toEqual([[5, 37], [4, 72]]);
    expect(proposals[1]!.reasons).toContain("no mentor free to pair with — proposed after those who can teach it");
  });

  it("never pairs a learner with the requester", () => {
    expect(route(buildRoutingRequest({ requesterId: 3 }), [mentor, learner])[0]!.pairWith).toBeUndefined();
  });
});

describe("proposeHelpers: specialist `do`", () => {
  const request = buildRoutingRequest({ topicId: 22, topicAncestors: [2], mode: "do", nature: "specialist" });

  it("goes to the tech team only, ranked by skill then load", () => {
    const proposals = route(request, [
      buildCandidate({ personId: 3, skills: { 22: "mentor" } }),
      buildCandidate({ personId: 4, roles: ["tech"], skills: { 22: "practitioner" } }),
      buildCandidate({ personId: 5, roles: ["tech"], skills: { 2: "mentor" }, openLoad: 4, recentShare: 0.5 }),
      buildCandidate({ personId: 6, roles: ["tech"] }),
      buildCandidate({ personId: 7, roles: ["tech"], skills: { 22: "practitioner" }, openLoad: 2 }),
    ]);
    // Bands of 25 per level, filled by room under the cap: 5 → 25·(3 + 0.2) = 80; 4 → 75; 7 → 65; 6 → 25
    expect(proposals.map((p) => [p.personId, p.score])).toEqual([[5, 80], [4, 75], [7, 65], [6, 25]]);
    expect(proposals[3]!.reasons).toEqual(["on the tech team, who handle specialist work", "no declared skill in Projector lamps", "holds 0 of 5 open requests"]);
  });

  it("still lets the community guide someone through a specialist topic", () => {
    const guide = route({ ...request, mode: "guide" }, [buildCandidate({ personId: 3, skills: { 22: "practitioner" } })]);
    expect(ids(guide)).toEqual([3]);
  });
});
