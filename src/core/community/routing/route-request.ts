import type { HelperProposal, RoutingCandidate, RoutingRequest, SkillLevel } from "../community.types.js";
import { isEligible, isSpecialistDo, nearestSkill, type NearestSkill } from "./eligibility.js";
import { dayReason, hoursReason, loadReason, shareReason, skillReason, type TopicNamer } from "./routing-reasons.js";
import {
  DO_SKILL, FULL_HOURS_PER_WEEK, GUIDE_SKILL, PARENT_TOPIC_FACTOR, ROUTING_WEIGHTS as W, SHARE_CEILING_FAIR_SHARES, SPECIALIST_BAND,
} from "./routing-weights.js";

export interface ProposeHelpersOptions {
  /** Topic names for the reasons ("mentor in Google Classroom"); unknown ids read "topic #12". */
  topicNames?: ReadonlyMap<number, string>;
  /** Most proposals to return (default: every eligible person). */
  limit?: number;
}

interface Scored {
  candidate: RoutingCandidate;
  /** Rounded 0..100: what ranks (ties then break by the rule) and what people see. */
  score: number;
  reasons: string[];
  pairWith?: { personId: number; name: string };
  /** A learner who cannot yet do or teach it alone: proposed only after everyone who can. */
  fallback?: boolean;
  /** Specialist order only: level rank, then room under the cap. */
  levelRank?: number;
  room?: number;
}

interface Context {
  request: RoutingRequest;
  name: TopicNamer;
  /** 1 / helpers in the pool: what an even spread would give each. */
  fairShare: number;
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
  // The pool is everyone who can help at all, eligible for this request or not.
  const pool = candidates.filter((c) => c.skills.size > 0 || c.roles.includes("tech")).length;
  const context: Context = { request, name, fairShare: 1 / Math.max(1, pool) };
  const ranked = isSpecialistDo(request)
    ? eligible.map((c) => scoreSpecialist(c, context)).sort(bySpecialistOrder)
    : scoreCommunity(eligible, context).sort(byScore);
  return ranked.slice(0, options.limit ?? ranked.length).map(({ candidate, score, reasons, pairWith }) => ({
    personId: candidate.personId,
    name: candidate.name,
    score,
    reasons,
    ...(pairWith ? { pairWith } : {}),
  }));
}

function scoreCommunity(eligible: RoutingCandidate[], context: Context): Scored[] {
  const { request } = context;
  const scored = eligible.map((c) => scoreHelper(c, nearestSkill(c, request)!, context, undefined));
  if (request.mode === "do") return scored;
  // Learners grow by guiding with a mentor beside them: pair each with the best-placed mentor.
  const mentors = scored.filter((s) => nearestSkill(s.candidate, request)!.level === "mentor").sort(byScore);
  const mentor = mentors[0]?.candidate;
  if (!mentor) return scored;
  return scored.map((s) => {
    const skill = nearestSkill(s.candidate, request)!;
    return skill.level === "learning" ? scoreHelper(s.candidate, skill, context, mentor) : s;
  });
}

function scoreHelper(c: RoutingCandidate, skill: NearestSkill, context: Context, mentor: RoutingCandidate | undefined): Scored {
  const { request, name, fairShare } = context;
  const teaching = request.mode !== "do";
  const levelFraction = mentor ? GUIDE_SKILL.practitioner : (teaching ? GUIDE_SKILL : DO_SKILL)[skill.level];
  const skillTerm = levelFraction * (skill.inherited ? PARENT_TOPIC_FACTOR : 1);
  const interestTopic = teaching && skill.level !== "mentor" ? wantedTopic(c, request) : null;
  const dayTerm = c.days.length === 0 || c.days.includes(request.weekday) ? 1 : 0;
  const hoursTerm = c.hoursPerWeek === null ? 1 : Math.min(1, Math.max(0, c.hoursPerWeek) / FULL_HOURS_PER_WEEK);
  const raw =
    W.skill * skillTerm +
    W.load * roomUnderCap(c) +
    W.spread * Math.max(0, 1 - c.recentShare / Math.min(1, SHARE_CEILING_FAIR_SHARES * fairShare)) +
    (interestTopic === null ? 0 : W.interest) +
    W.day * dayTerm +
    W.hours * hoursTerm;

  const reasons = [skillReason(skill, request.topicId, name)];
  if (mentor) reasons.push(`paired with mentor ${mentor.name}, who is credited too`);
  // Spreading must not cost the requester an able helper: a lone learner comes after those who are.
  const fallback = skill.level === "learning" && !mentor;
  if (fallback) reasons.push(teaching ? "no mentor free to pair with — proposed after those who can teach it" : "proposed after those who can already do it");
  reasons.push(loadReason(c.openLoad, c.openCap), shareReason(c.recentShare, fairShare));
  if (interestTopic !== null) reasons.push(`wants to learn ${name(interestTopic)}`);
  for (const extra of [dayReason(c.days, request.weekday), hoursReason(c.hoursPerWeek)]) if (extra) reasons.push(extra);
  return {
    candidate: c, score: toDisplay(raw), reasons, fallback,
    ...(mentor ? { pairWith: { personId: mentor.personId, name: mentor.name } } : {}),
  };
}

/** Specialist `do`: the tech team, by skill then room under their cap, as 25-point bands per level. */
function scoreSpecialist(c: RoutingCandidate, { request, name }: Context): Scored {
  const skill = nearestSkill(c, request);
  const levelRank = skill ? LEVEL_RANK[skill.level] : 0;
  const room = roomUnderCap(c);
  const raw = SPECIALIST_BAND * (levelRank + room);
  const reasons = ["on the tech team, who handle specialist work"];
  reasons.push(skill ? skillReason(skill, request.topicId, name) : `no declared skill in ${name(request.topicId)}`);
  reasons.push(loadReason(c.openLoad, c.openCap));
  return { candidate: c, score: toDisplay(raw), reasons, levelRank, room };
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
  return Number(a.fallback ?? false) - Number(b.fallback ?? false) || b.score - a.score || byTieBreak(a, b);
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
