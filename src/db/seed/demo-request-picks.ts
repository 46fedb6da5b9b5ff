import type { Mode, ResolutionKind, SelfReliance, Urgency } from "../../core/requests/requests.types.js";
import { type DemoCast, mayHelp, STUDENT_TOPICS, TERM_START_TOPICS, TOPIC_WEIGHTS, weightedIndex } from "./demo-cast.js";
import { modesFor } from "./demo-request-compose.js";
import type { FlatTopic } from "./demo-topics.js";
import type { Prng } from "./prng.js";

/** The single draws of the history, each a function of the year's progress `p` (0 = a year ago, 1 = now). */

export const lerp = (from: number, to: number, p: number) => from + (to - from) * p;

export function pickTopic(prng: Prng, topics: readonly FlatTopic[], favourites: ReadonlySet<string>, student: boolean, termStart: boolean): FlatTopic {
  const weights = topics.map((t) => {
    if (student && !STUDENT_TOPICS.has(t.name)) return 0;
    return (TOPIC_WEIGHTS[t.name] ?? 1) * (favourites.has(t.name) ? 4 : 1) * (termStart && TERM_START_TOPICS.has(t.name) ? 2.5 : 1);
  });
  return topics[weightedIndex(prng, weights)]!;
}

/** Early in the year people ask for service; later they ask to be shown, and bring ideas. */
export function pickMode(prng: Prng, topic: FlatTopic, student: boolean, p: number): Mode {
  const available = modesFor(topic.name, student);
  const doShare = topic.nature === "specialist" ? 0.9 : lerp(0.66, 0.2, p);
  const ideaShare = (1 - doShare) * (topic.nature === "specialist" ? 0 : lerp(0.2, 0.35, p));
  const weights = (["guide", "idea", "do"] as const).map((m) => (available.includes(m) ? { guide: 1 - doShare - ideaShare, idea: ideaShare, do: doShare }[m] : 0));
  return (["guide", "idea", "do"] as const)[weightedIndex(prng, weights)]!;
}

/** The mode a requester picked by mistake, which triage then corrects. */
export function misreadMode(prng: Prng, mode: Mode): Mode {
  if (mode === "do") return prng.next() < 0.75 ? "guide" : "idea";
  if (mode === "idea") return prng.next() < 0.6 ? "guide" : "do";
  return prng.next() < 0.7 ? "do" : "idea";
}

export function pickUrgency(prng: Prng, mode: Mode): Urgency {
  const weights = mode === "do" ? [0.1, 0.6, 0.22, 0.08] : [0.2, 0.68, 0.1, 0.02];
  return (["low", "normal", "high", "urgent"] as const)[weightedIndex(prng, weights)]!;
}

/** How the request ends: mostly by mode and nature, with a few solved alone, not needed or duplicated. */
export function pickKind(prng: Prng, mode: Mode, topic: FlatTopic, p: number): ResolutionKind {
  const r = prng.next();
  if (r < 0.02) return "duplicate";
  if (r < 0.05) return "not_needed";
  // Only a learnable task can be solved alone (from a suggested article, a colleague...).
  if (r < 0.05 + lerp(0.03, 0.07, p)) return topic.nature === "learnable" ? "self_solved" : "not_needed";
  if (mode !== "do") return "guided";
  return topic.nature === "specialist" ? "specialist_fix" : "done_for";
}

/** "Could you do this yourself next time?": yes after being shown, no after service, more yes as the year goes. */
export function pickSelfReliance(prng: Prng, kind: ResolutionKind, p: number): SelfReliance {
  const weights =
    kind === "guided" ? [lerp(0.45, 0.72, p), 0.25, lerp(0.3, 0.03, p)]
    : kind === "self_solved" ? [0.85, 0.15, 0]
    : kind === "done_for" ? [lerp(0.05, 0.15, p), lerp(0.15, 0.25, p), lerp(0.8, 0.6, p)]
    : [0.04, 0.1, 0.86];
  return (["yes", "partly", "no"] as const)[weightedIndex(prng, weights)]!;
}

export const pickSatisfaction = (prng: Prng) => 5 - weightedIndex(prng, [0.45, 0.35, 0.13, 0.05, 0.02]);

/** Before they join in earnest, community helpers still take the odd request. */
const ramp = (p: number, joinsAt: number) => Math.min(1, Math.max(0.06, (p - joinsAt) / 0.2));

/**
 * Who holds the request. Early on the tech account and one colleague take nearly everything; as the
 * year goes, helpers with the skill take a growing share of the learnable work. Specialist work stays
 * with the tech team. Never the requester.
 */
export function pickAssignee(prng: Prng, cast: DemoCast, topic: FlatTopic, requester: number, student: boolean, p: number, holiday: boolean): number {
  const [tech, colleague] = cast.core;
  const team = (shares: number[]) => {
    const people = [tech, colleague, ...cast.specialists];
    const i = weightedIndex(prng, shares.map((s, k) => (people[k] === requester ? 0 : s)));
    return people[i]!;
  };
  const rest = (share: number) => cast.specialists.map(() => share / cast.specialists.length);
  const d = shift(p);
  // In the breaks before the shift the tech account is the one left holding everything.
  const alone = holiday ? 2 * (1 - d) : 0;
  if (topic.nature === "specialist") return team([lerp(0.55, 0.3, d) + alone, lerp(0.3, 0.2, d), ...rest(lerp(0.15, 0.5, d))]);
  const community = cast.helpers.filter((h) => !h.tech && h.person !== requester && mayHelp(h, topic.name, student));
  const weights = community.map((h) => h.weight * ramp(p, h.joinsAt));
  const coreShare = lerp(holiday ? 0.97 : 0.9, 0.1, d);
  if (community.length > 0 && prng.next() >= coreShare) return community[weightedIndex(prng, weights)]!.person;
  return team([0.68 + alone, 0.27, ...rest(0.05)]);
}

/**
 * How far the school has moved its help from the few to the many: nothing for the first months of
 * the year (the old habits), then steadily, settled by the last two months.
 */
export const shift = (p: number) => Math.min(1, Math.max(0, (p - 0.22) / 0.6));

/** Who triages: the tech account mostly, its colleague otherwise (never the requester). */
export function pickTriager(prng: Prng, cast: DemoCast, requester: number): number {
  const [tech, colleague] = cast.core;
  if (requester === tech) return colleague;
  if (requester === colleague) return tech;
  return prng.next() < 0.7 ? tech : colleague;
}

/** Minutes between two steps, log-uniform between a and b, in milliseconds. */
export const minutes = (prng: Prng, a: number, b: number) => Math.round(a * Math.pow(b / a, prng.next()) * 60_000);
