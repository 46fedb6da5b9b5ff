import { DEFAULT_OPEN_CAP, type RoutingCandidate, type RoutingRequest, type SkillLevel } from "../../community.types.js";

/** Test data for the router: a free, available staff helper with no skills unless given. */
export function buildCandidate(
  overrides: Partial<Omit<RoutingCandidate, "skills" | "interests">> & { skills?: Record<number, SkillLevel>; interests?: number[] } = {},
): RoutingCandidate {
  const { skills = {}, interests = [], ...rest } = overrides;
  const personId = rest.personId ?? 100;
  return {
    personId,
    name: `Person ${personId}`,
    roles: ["helper"],
    kind: "staff",
    away: false,
    days: [],
    hoursPerWeek: null,
    openCap: DEFAULT_OPEN_CAP,
    openLoad: 0,
    recentShare: 0,
    lastAssignedAt: null,
    ...rest,
    skills: new Map(Object.entries(skills).map(([topic, level]) => [Number(topic), level])),
    interests: new Set(interests),
  };
}

/** Topic 11 "Google Classroom" under topic 1 "Google Workspace", asked on a Tuesday by person 1. */
export function buildRoutingRequest(overrides: Partial<RoutingRequest> = {}): RoutingRequest {
  return { requesterId: 1, topicId: 11, topicAncestors: [1], mode: "guide", nature: "learnable", weekday: "tue", ...overrides };
}

export const TOPIC_NAMES: ReadonlyMap<number, string> = new Map([
  [1, "Google Workspace"],
  [11, "Google Classroom"],
  [2, "Devices"],
  [21, "Chromebooks"],
  [22, "Projector lamps"],
]);

/** People who can help, but not on the requests in these tests (Chromebooks only): they size the pool, so a fair share is 1 / (their number + the others). */
export function buildBystanders(count: number): RoutingCandidate[] {
  return Array.from({ length: count }, (_, i) => buildCandidate({ personId: 1000 + i, skills: { 21: "practitioner" } }));
}
