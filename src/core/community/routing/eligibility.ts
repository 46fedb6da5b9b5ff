import type { RoutingCandidate, RoutingRequest, SkillLevel } from "../community.types.js";

/** The skill that makes a person eligible: on the topic itself or the nearest parent topic. */
export interface NearestSkill {
  level: SkillLevel;
  /** The topic the skill is declared on (the request's topic or one of its ancestors). */
  topicId: number;
  /** True when it comes from a parent topic rather than the topic itself. */
  inherited: boolean;
}

/** The person's skill for the request's topic, nearest topic first; null when they have none. */
export function nearestSkill(candidate: RoutingCandidate, request: RoutingRequest): NearestSkill | null {
  const own = candidate.skills.get(request.topicId);
  if (own) return { level: own, topicId: request.topicId, inherited: false };
  for (const topicId of request.topicAncestors) {
    const level = candidate.skills.get(topicId);
    if (level) return { level, topicId, inherited: true };
  }
  return null;
}

/** Whether a `do` request on a specialist task, which goes to the tech team only. */
export function isSpecialistDo(request: RoutingRequest): boolean {
  return request.mode === "do" && request.nature === "specialist";
}

/**
 * DESIGN.md "Routing": not the requester, not away, under their open-request cap, a student only when on
 * the student tech team (role `helper`), and either a skill on the topic or a parent topic — or, for a
 * specialist `do`, the tech role. Days and hours are not rules here: they only weigh the score.
 */
export function isEligible(candidate: RoutingCandidate, request: RoutingRequest): boolean {
  if (candidate.personId === request.requesterId) return false;
  if (candidate.away) return false;
  if (candidate.openLoad >= candidate.openCap) return false;
  if (candidate.kind === "student" && !candidate.roles.includes("helper")) return false;
  if (isSpecialistDo(request)) return candidate.roles.includes("tech");
  return nearestSkill(candidate, request) !== null;
}
