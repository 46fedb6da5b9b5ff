/**
 * Replays a scenario day by day through one policy: resolutions due today free their load first, the
 * recent share is computed from the last 60 days, then the day's requests are routed in order. Skills
 * grow from guided "yes" resolutions by the product's own rules (skill-growth.ts), under every policy.
 */
import { WEEKDAYS, type RoutingCandidate, type RoutingRequest, type SkillLevel } from "../../src/core/community/community.types.js";
import { isSpecialistDo, nearestSkill } from "../../src/core/community/routing/eligibility.js";
import { nextLevel } from "../../src/core/community/routing/skill-growth.js";
import type { Policy } from "./policies.js";
import type { Scenario, SimRequest } from "./scenario.js";

export const RECENT_DAYS = 60;
const DAY_MS = 86_400_000;
/** Chance the requester can do it alone next time, by who guided them. */
const YES_CHANCE = { mentor: 0.75, practitioner: 0.65, pairedLearner: 0.6, learning: 0.4 };

export interface ReplayResult {
  requests: number;
  routed: number;
  /** Routed to someone with the needed skill: practitioner or above, a learner paired with a mentor, tech for specialist `do`. */
  covered: number;
  /** Primary helper → resolutions over the year. */
  resolutions: Map<number, number>;
  /** Per quarter of the year, primary helper → resolutions. */
  quarters: Array<Map<number, number>>;
  mentorCoCredits: number;
  grown: Record<SkillLevel, number>;
  byTech: number;
}

interface Open { helperId: number; mentorId: number | undefined; request: SimRequest; resolveDay: number; yesChance: number }

export function replay(scenario: Scenario, policy: Policy): ReplayResult {
  const { people, days, requests } = scenario;
  const parentOf = new Map(scenario.topics.map((t) => [t.id, t.parentId]));
  const natureOf = new Map(scenario.topics.map((t) => [t.id, t.nature]));
  const skills = new Map(people.map((p) => [p.personId, new Map(p.skills)]));
  const openLoad = new Map<number, number>();
  const lastAssigned = new Map<number, string>();
  const guidedYes = new Map<string, number>();
  const log: Array<{ day: number; helperId: number }> = [];
  const quarters = [0, 1, 2, 3].map(() => new Map<number, number>());
  const result: ReplayResult = {
    requests: requests.length, routed: 0, covered: 0, resolutions: new Map(), quarters, mentorCoCredits: 0,
    grown: { learning: 0, practitioner: 0, mentor: 0 }, byTech: 0,
  };
  const dateOf = (day: number) => day < days.length ? days[day]!.getTime() : days[days.length - 1]!.getTime() + (day - days.length + 1) * DAY_MS;
  const isTech = new Set(people.filter((p) => p.roles.includes("tech")).map((p) => p.personId));
  let open: Open[] = [];
  let next = 0;

  for (let day = 0; next < requests.length || open.length > 0; day++) {
    for (const item of open.filter((o) => o.resolveDay <= day)) {
      openLoad.set(item.helperId, openLoad.get(item.helperId)! - 1);
      log.push({ day, helperId: item.helperId });
      bump(result.resolutions, item.helperId);
      bump(quarters[Math.min(3, Math.floor((4 * item.request.day) / days.length))]!, item.helperId);
      if (item.mentorId !== undefined) result.mentorCoCredits++;
      if (isTech.has(item.helperId)) result.byTech++;
      if (item.request.mode !== "do" && item.request.answerRoll < item.yesChance) grow(item);
    }
    open = open.filter((o) => o.resolveDay > day);

    const since = dateOf(day) - RECENT_DAYS * DAY_MS;
    const recent = log.filter((r) => dateOf(r.day) >= since);
    const recentCount = new Map<number, number>();
    for (const r of recent) bump(recentCount, r.helperId);

    for (let order = 0; next < requests.length && requests[next]!.day === day; order++, next++) {
      const request = requests[next]!;
      const routing: RoutingRequest = {
        requesterId: request.requesterId, topicId: request.topicId, topicAncestors: ancestors(request.topicId),
        mode: request.mode, nature: natureOf.get(request.topicId)!, weekday: WEEKDAYS[(days[day]!.getUTCDay() + 6) % 7]!,
      };
      const candidates: RoutingCandidate[] = people.map((p) => ({
        personId: p.personId, name: p.name, roles: p.roles, kind: p.kind, skills: skills.get(p.personId)!, interests: p.interests,
        away: scenario.away.get(p.personId)!.has(day), days: p.days, hoursPerWeek: p.hoursPerWeek, openCap: p.openCap,
        openLoad: openLoad.get(p.personId) ?? 0,
        recentShare: recent.length === 0 ? 0 : (recentCount.get(p.personId) ?? 0) / recent.length,
        lastAssignedAt: lastAssigned.get(p.personId) ?? null,
      }));
      const pick = policy(routing, candidates);
      if (!pick) continue;
      result.routed++;
      const helper = candidates.find((c) => c.personId === pick.personId)!;
      const skill = nearestSkill(helper, routing);
      const level = skill?.level;
      const covered = isSpecialistDo(routing) ? isTech.has(pick.personId) : level === "mentor" || level === "practitioner" || (level === "learning" && pick.pairWith !== undefined);
      if (covered) result.covered++;
      openLoad.set(pick.personId, helper.openLoad + 1);
      lastAssigned.set(pick.personId, new Date(dateOf(day) + (8 * 60 + order) * 60_000).toISOString());
      const yesChance = level === "learning" ? (pick.pairWith !== undefined ? YES_CHANCE.pairedLearner : YES_CHANCE.learning) : YES_CHANCE[level ?? "learning"];
      open.push({ helperId: pick.personId, mentorId: pick.pairWith, request, resolveDay: day + request.resolveAfter, yesChance });
    }
  }
  return result;

  function ancestors(topicId: number): number[] {
    const parent = parentOf.get(topicId);
    return parent == null ? [] : [parent, ...ancestors(parent)];
  }

  /** Counts a guided "yes" for the helper and applies the growth rules to the skill that made them eligible. */
  function grow(item: Open): void {
    const key = `${item.helperId}:${item.request.topicId}`;
    guidedYes.set(key, (guidedYes.get(key) ?? 0) + 1);
    const own = skills.get(item.helperId)!;
    const topicId = [item.request.topicId, ...ancestors(item.request.topicId)].find((t) => own.has(t));
    if (topicId === undefined) return;
    // Evidence on the skill's topic counts its subtopics too.
    let evidence = 0;
    for (const [k, n] of guidedYes) {
      const [helper, topic] = k.split(":").map(Number);
      if (helper === item.helperId && (topic === topicId || ancestors(topic!).includes(topicId))) evidence += n;
    }
    const step = nextLevel(own.get(topicId)!, { guidedYes: evidence, trainingsSinceLevel: 0 });
    if (!step) return;
    own.set(topicId, step.level);
    result.grown[step.level]++;
  }
}

function bump(map: Map<number, number>, key: number): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}
