import type { HelperProposal, RoutingCandidate, RoutingRequest, SkillLevel } from "../community.types.js";
import { isEligible, isSpecialistDo, nearestSkill, type NearestSkill } from "./eligibility.js";
import { dayReason, hoursReason, loadReason, shareReason, skillReason, type TopicNamer } from "./routing-reasons.js";
import {
  DO_SKILL, FULL_HOURS_PER_WEEK, GUIDE_SKILL, PARENT_TOPIC_FACTOR, ROUTING_WEIGHTS as W, SHARE_CEILING, SPECIALIST_BAND,
} from "./routing-weights.js";

export interface ProposeHelpersOptions {
  /** Topic names for the reasons ("mentor in Google Classroom"); unknown ids read "topic #12". */
  topicNames?: ReadonlyMap<number, string>;
  /** Most proposals to return (default: every eligible person). */
  limit?: number;
}

interface Scored {
  candidate: RoutingCandidate;
  /** Exact score, used for pairing order; `score` (rounded) is what ranks and what people see. */
  raw: number;
  score: number;
  reasons: string[];
  pairWith?: { personId: number; name: string };
  /** Specialist order only: level rank, then room under the cap. */
  levelRank?: number;
  room?: number;
}

const LEVEL_RANK: Record<SkillLevel, number> = { learning: 1, practitioner: 2, mentor: 3 };

/**
 * Proposes helpers for a request, best first, each with a 0..100 score and reasons in plain words
 * (DESIGN.md "Routing"). Deterministic: equal scores go to the least recently assigned, then the lowest id.
 */
export function proposeHelpers(
  request: RoutingRequest,
  candidates: readonly RoutingCandidate[],
  options: ProposeHelpersOptions = {},
): HelperProposal[] {
  const name: TopicNamer = (id) => options.topicNames?.get(id) ?? `topic #${id}`;
  const eligible = candidates.filter((c) => isEligible(c, request));
  const ranked = isSpecialistDo(request)
    ? eligible.map((c) => scoreSpecialist(c, request, name)).sort(bySpecialistOrder)
    : scoreCommunity(eligible, request, name).sort(byScore);
  return ranked.slice(0, options.limit ?? ranked.length).map(({ candidate, score, reasons, pairWith }) => ({
    personId: candidate.personId,
    name: candidate.name,
    score,
    reasons,
    ...(pairWith ? { pairWith } : {}),
  }));
}

function scoreCommunity(eligible: RoutingCandidate[], request: RoutingRequest, name: TopicNamer): Scored[] {
  const scored = eligible.map((c) => scoreHelper(c, nearestSkill(c, request)!, request, name, undefined));
  if (request.mode === "do") return scored;
  // Learners grow by guiding with a mentor beside them: pair each with the best-placed mentor.
  const mentors = scored.filter((s) => nearestSkill(s.candidate, request)!.level === "mentor").sort(byScore);
  const mentor = mentors[0]?.candidate;
  if (!mentor) return scored;
  return scored.map((s) => {
    const skill = nearestSkill(s.candidate, request)!;
    return skill.level === "learning" ? scoreHelper(s.candidate, skill, request, name, mentor) : s;
  });
}

function scoreHelper(
  c: RoutingCandidate, skill: NearestSkill, request: RoutingRequest, name: TopicNamer, mentor: RoutingCandidate | undefined,
): Scored {
  const teaching = request.mode !== "do";
  const levelFraction = mentor ? GUIDE_SKILL.practitioner : (teaching ? GUIDE_SKILL : DO_SKILL)[skill.level];
  const skillTerm = levelFraction * (skill.inherited ? PARENT_TOPIC_FACTOR : 1);
  const interestTopic = teaching && skill.level !== "mentor" ? wantedTopic(c, request) : null;
  const dayTerm = c.days.length === 0 || c.days.includes(request.weekday) ? 1 : 0;
  const hoursTerm = c.hoursPerWeek === null ? 1 : Math.min(1, Math.max(0, c.hoursPerWeek) / FULL_HOURS_PER_WEEK);
  const raw =
    W.skill * skillTerm +
    W.load * roomUnderCap(c) +
    W.spread * Math.max(0, 1 - c.recentShare / SHARE_CEILING) +
    (interestTopic === null ? 0 : W.interest) +
    W.day * dayTerm +
    W.hours * hoursTerm;

  const reasons = [skillReason(skill, request.topicId, name)];
  if (mentor) reasons.push(`paired with mentor ${mentor.name}, who is credited too`);
  reasons.push(loadReason(c.openLoad, c.openCap), shareReason(c.recentShare));
  if (interestTopic !== null) reasons.push(`wants to learn ${name(interestTopic)}`);
  for (const extra of [dayReason(c.days, request.weekday), hoursReason(c.hoursPerWeek)]) if (extra) reasons.push(extra);
  return {
    candidate: c, raw, score: toDisplay(raw), reasons,
    ...(mentor ? { pairWith: { personId: mentor.personId, name: mentor.name } } : {}),
  };
}

/** Specialist `do`: the tech team, by skill then room under their cap, as 25-point bands per level. */
function scoreSpecialist(c: RoutingCandidate, request: RoutingRequest, name: TopicNamer): Scored {
  const skill = nearestSkill(c, request);
  const levelRank = skill ? LEVEL_RANK[skill.level] : 0;
  const room = roomUnderCap(c);
  const raw = SPECIALIST_BAND * (levelRank + room);
  const reasons = ["on the tech team, who handle specialist work"];
  reasons.push(skill ? skillReason(skill, request.topicId, name) : `no declared skill in ${name(request.topicId)}`);
  reasons.push(loadReason(c.openLoad, c.openCap));
  return { candidate: c, raw, score: toDisplay(raw), reasons, levelRank, room };
}

function wantedTopic(c: RoutingCandidate, request: RoutingRequest): number | null {
  for (const topicId of [request.topicId, ...request.topicAncestors]) if (c.interests.has(topicId)) return topicId;
  return null;
}

function roomUnderCap(c: RoutingCandidate): number {
  return c.openCap > 0 ? Math.max(0, 1 - c.openLoad / c.openCap) : 0;
}

function toDisplay(raw: number): number {
  return Math.min(100, Math.max(0, Math.round(raw)));
}

function byScore(a: Scored, b: Scored): number {
  return b.score - a.score || byTieBreak(a, b);
}

function bySpecialistOrder(a: Scored, b: Scored): number {
  return b.levelRank! - a.levelRank! || b.room! - a.room! || byTieBreak(a, b);
}

/** Least recently assigned first (never assigned before anyone), then the lowest person id. */
function byTieBreak(a: Scored, b: Scored): number {
  const at = a.candidate.lastAssignedAt === null ? -Infinity : Date.parse(a.candidate.lastAssignedAt);
  const bt = b.candidate.lastAssignedAt === null ? -Infinity : Date.parse(b.candidate.lastAssignedAt);
  if (at !== bt) return at < bt ? -1 : 1;
  return a.candidate.personId - b.candidate.personId;
}
