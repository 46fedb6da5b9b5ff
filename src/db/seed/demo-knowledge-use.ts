import type { Audience } from "../../core/knowledge/knowledge.types.js";
import type { ResolutionKind } from "../../core/requests/requests.types.js";
import type { PlannedArticle, PlannedLink } from "./demo-articles.js";
import { creationTimes } from "./demo-calendar.js";
import { TOPIC_WEIGHTS, weightedIndex } from "./demo-cast.js";
import { lerp, minutes } from "./demo-request-picks.js";
import type { PlannedRequest } from "./demo-request-story.js";
import type { DemoHistory } from "./demo-requests.js";
import type { Prng } from "./prng.js";

export interface PlannedDeflection {
  article: number;
  person: number;
  text: string;
  at: number;
}

export interface PlannedFeedback {
  article: number;
  person: number;
  helped: boolean;
  at: number;
}

export const DEFLECTION_COUNT = 150;
/** Share of resolved requests linked to an article, a year ago and now (KCS link rate). */
export const LINK_RATE = { from: 0.2, to: 0.6 } as const;
const MONTHS = 12;
/** Which resolutions get an article linked, relative to each other: mostly the guided ones. */
const LINK_WEIGHT: Partial<Record<ResolutionKind, number>> = { guided: 1.4, self_solved: 1.2, specialist_fix: 0.8, done_for: 0.6 };
const SOLVED_BY_SHARE: Partial<Record<ResolutionKind, number>> = { guided: 0.85, self_solved: 1, specialist_fix: 0.5, done_for: 0.55 };

/** Whether an article could be found and read at that instant by someone who may read `audiences`. */
export function liveAt(a: PlannedArticle, t: number, audiences: readonly Audience[]): boolean {
  if (!audiences.includes(a.audience) || a.createdAt >= t) return false;
  if (a.state === "archived") return a.archivedAt !== null && t < a.archivedAt;
  return a.state === "validated" || a.state === "unvalidated";
}

const readableBy = (history: DemoHistory, person: number, nature: string): Audience[] =>
  history.people[person]!.kind === "student" ? ["everyone"] : nature === "specialist" ? ["everyone", "staff", "tech"] : ["everyone", "staff"];

/**
 * solved_by and referenced links on resolved requests, at a rate rising over the year. Each month's
 * linking chance is scaled to the requests that had an article on their topic then, so the month's
 * link rate (all links, created_from included, over all resolved requests) follows LINK_RATE.
 */
export function planLinks(history: DemoHistory, articles: readonly PlannedArticle[], captured: readonly PlannedLink[], prng: Prng): PlannedLink[] {
  const { from, to } = history;
  const month = (t: number) => Math.min(MONTHS - 1, Math.floor(((t - from) / (to - from)) * MONTHS));
  const resolved = history.requests.filter((r) => r.resolvedAt !== null);
  const already = new Set(captured.map((l) => l.request));
  const candidates = new Map<number, PlannedArticle[]>();
  for (const r of resolved) {
    if (already.has(r.index) || !LINK_WEIGHT[r.resolutionKind!]) continue;
    const audiences = readableBy(history, r.requester, r.nature);
    const found = articles.filter((a) => a.topics.includes(r.topic) && liveAt(a, r.resolvedAt!, audiences));
    if (found.length > 0) candidates.set(r.index, found);
  }
  const totals = Array.from({ length: MONTHS }, () => ({ resolved: 0, captured: 0, weight: 0 }));
  for (const r of resolved) {
    const m = totals[month(r.resolvedAt!)]!;
    m.resolved++;
    if (already.has(r.index)) m.captured++;
    if (candidates.has(r.index)) m.weight += LINK_WEIGHT[r.resolutionKind!]!;
  }

  const links: PlannedLink[] = [];
  for (const r of resolved) {
    const found = candidates.get(r.index);
    if (!found) continue;
    const m = totals[month(r.resolvedAt!)]!;
    const p = (r.resolvedAt! - from) / (to - from);
    const wanted = lerp(LINK_RATE.from, LINK_RATE.to, p) * m.resolved - m.captured;
    if (prng.next() >= (Math.max(0, wanted) / m.weight) * LINK_WEIGHT[r.resolutionKind!]!) continue;
    const kind = r.resolutionKind!;
    const by = kind === "self_solved" ? r.requester : (r.resolver ?? r.assignee);
    // Validated articles are the ones helpers reach for first.
    const article = found[weightedIndex(prng, found.map((a) => (a.state === "validated" ? 3 : 1)))]!;
    links.push({ article: article.index, request: r.index, kind: prng.next() < SOLVED_BY_SHARE[kind]! ? "solved_by" : "referenced", by, at: r.resolvedAt! });
    const other = found.filter((a) => a !== article);
    if (other.length > 0 && prng.next() < 0.06) links.push({ article: prng.pick(other).index, request: r.index, kind: "referenced", by, at: r.resolvedAt! });
  }
  return links;
}

/**
 * "This solved it" while typing a request, more often as the year goes and the base grows: times on
 * the school calendar, thinned towards the start of the year; the person's words are the article's asks.
 */
export function planDeflections(history: DemoHistory, articles: readonly PlannedArticle[], prng: Prng, timeZone: string): PlannedDeflection[] {
  const { from, to, people, cast } = history;
  const kept = creationTimes(prng, from, to, DEFLECTION_COUNT * 5, timeZone).filter((t) => prng.next() < Math.pow((t - from) / (to - from), 1.2));
  const times = Array.from({ length: Math.min(DEFLECTION_COUNT, kept.length) }, (_, i) => kept[Math.floor((i * kept.length) / DEFLECTION_COUNT)]!);
  const deflections: PlannedDeflection[] = [];
  for (const at of times) {
    const person = weightedIndex(prng, cast.requesterWeights);
    const audiences: Audience[] = people[person]!.kind === "student" ? ["everyone"] : ["everyone", "staff"];
    const found = articles.filter((a) => (a.text.asks?.length ?? 0) > 0 && liveAt(a, at, audiences));
    if (found.length === 0) continue;
    const weights = found.map((a) => (TOPIC_WEIGHTS[history.topics[a.topics[0]!]!.name] ?? 1) * (a.topics.some((t) => cast.favourites[person]!.has(history.topics[t]!.name)) ? 3 : 1));
    const article = found[weightedIndex(prng, weights)]!;
    deflections.push({ article: article.index, person, text: phrase(prng, prng.pick(article.text.asks!)), at });
  }
  return deflections;
}

/** People type the same need in slightly different ways. */
function phrase(prng: Prng, ask: string): string {
  const r = prng.next();
  if (r < 0.2) return `${ask}?`;
  if (r < 0.35) return ask.charAt(0).toUpperCase() + ask.slice(1);
  if (r < 0.45) return `${ask} please help`;
  return ask;
}

/**
 * "Did this solve it?" votes: from requesters whose request an article solved, and from readers over
 * the article's live time, in proportion to how often its topic comes up.
 */
export function planFeedback(history: DemoHistory, articles: readonly PlannedArticle[], links: readonly PlannedLink[], prng: Prng): PlannedFeedback[] {
  const { to, people, cast } = history;
  const feedback: PlannedFeedback[] = [];
  for (const link of links) {
    const r: PlannedRequest = history.requests[link.request]!;
    if (link.kind !== "solved_by" || r.resolvedAt === null || prng.next() >= (r.resolutionKind === "self_solved" ? 0.8 : 0.25)) continue;
    feedback.push({ article: link.article, person: r.requester, helped: true, at: Math.min(to, r.resolvedAt + minutes(prng, 5, 3 * 24 * 60)) });
  }
  for (const a of articles) {
    if (a.state === "draft") continue;
    const end = a.archivedAt ?? to;
    const alive = (end - a.createdAt) / (to - history.from);
    const weight = a.audience === "tech" ? 1 : (TOPIC_WEIGHTS[history.topics[a.topics[0]!]!.name] ?? 1);
    const votes = Math.floor(alive * weight * 2.4 * (0.4 + prng.next()));
    const readers = people.map((p, i) => (i !== a.author && (a.audience === "everyone" || (a.audience === "staff" ? p.kind !== "student" : cast.helpers.some((h) => h.tech && h.person === i))) ? cast.requesterWeights[i]! + 0.02 : 0));
    for (let k = 0; k < votes; k++) {
      const at = Math.round(a.createdAt + prng.next() * (end - a.createdAt));
      feedback.push({ article: a.index, person: weightedIndex(prng, readers), helped: prng.next() < (a.state === "unvalidated" ? 0.7 : 0.83), at });
    }
  }
  return feedback.sort((x, y) => x.at - y.at);
}

/** Views, helped and not-helped counts that agree with the feedback rows and deflections (a deflection counts as helped). */
export function countUse(articles: PlannedArticle[], links: readonly PlannedLink[], deflections: readonly PlannedDeflection[], feedback: readonly PlannedFeedback[], prng: Prng, history: DemoHistory): void {
  for (const a of articles) {
    const votes = feedback.filter((f) => f.article === a.index);
    const deflected = deflections.filter((d) => d.article === a.index).length;
    const linked = links.filter((l) => l.article === a.index).length;
    a.helped = votes.filter((f) => f.helped).length + deflected;
    a.notHelped = votes.length - (a.helped - deflected);
    const alive = ((a.archivedAt ?? history.to) - a.createdAt) / (history.to - history.from);
    const browsing = a.state === "draft" ? prng.int(5) : Math.round(alive * (TOPIC_WEIGHTS[history.topics[a.topics[0]!]!.name] ?? 1) * 12 * (0.5 + prng.next()));
    a.views = browsing + 3 * votes.length + 2 * deflected + 2 * linked;
  }
}
