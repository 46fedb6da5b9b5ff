import type { ArticleState, Audience, LinkKind } from "../../core/knowledge/knowledge.types.js";
import type { DemoArticleText } from "./demo-article-text.js";
import { bodyAtVersion, DEMO_ARTICLE_TEXTS } from "./demo-article-texts.js";
import type { DemoHelper } from "./demo-cast.js";
import { minutes } from "./demo-request-picks.js";
import type { PlannedRequest } from "./demo-request-story.js";
import type { DemoHistory } from "./demo-requests.js";
import type { Prng } from "./prng.js";

/**
 * One planned article. People, topics and requests are indexes into the history's people, topics
 * and requests; times are epoch ms. Counts are filled in once its use is planned.
 */
export interface PlannedArticle {
  index: number;
  text: DemoArticleText;
  title: string;
  body: string;
  state: ArticleState;
  audience: Audience;
  topics: number[];
  author: number;
  createdAt: number;
  updatedAt: number;
  validatedBy: number | null;
  validatedAt: number | null;
  /** When tech archived it (archived articles only). */
  archivedAt: number | null;
  /** The request it was written from (a created_from link), if any. */
  source: number | null;
  versions: PlannedVersion[];
  views: number;
  helped: number;
  notHelped: number;
}

export interface PlannedVersion {
  version: number;
  title: string;
  body: string;
  author: number;
  note: string;
  at: number;
}

export interface PlannedLink {
  article: number;
  request: number;
  kind: Exclude<LinkKind, "viewed">;
  by: number | null;
  at: number;
}

/** How many articles are captured from a solved request (KCS: capture in the workflow). */
export const CREATED_FROM_COUNT = 20;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const CAPTURE_KINDS = new Set(["guided", "done_for", "specialist_fix"]);

/**
 * The articles, their versions and the created_from links. The first article filed under each topic
 * was there when the year began; twenty were captured from requests after they were resolved; the
 * rest were written along the year, drafts in its last weeks.
 */
export function planArticles(history: DemoHistory, prng: Prng, texts: readonly DemoArticleText[] = DEMO_ARTICLE_TEXTS): { articles: PlannedArticle[]; links: PlannedLink[] } {
  const { from, to } = history;
  const at = (p: number) => Math.round(from + p * (to - from));
  const topicIndex = new Map(history.topics.map((t) => [t.name, t.index]));
  const techs = history.cast.helpers.filter((h) => h.tech).map((h) => h.person);
  const seenPrimary = new Set<string>();
  const core = texts.map((t) => {
    const published = t.state === undefined || t.state === "unvalidated";
    const first = published && !seenPrimary.has(t.topics[0]!);
    if (published) seenPrimary.add(t.topics[0]!);
    return first;
  });
  // Captured articles: published, not the first of their topic, chosen by the seeded shuffle.
  const capturable = texts.map((_, i) => i).filter((i) => !core[i] && (texts[i]!.state === undefined || texts[i]!.state === "unvalidated"));
  const captured = prng.shuffle(capturable).slice(0, CREATED_FROM_COUNT).sort((a, b) => a - b);
  const sources = pickSources(history, texts, captured, topicIndex, prng);

  const articles = texts.map((text, index): PlannedArticle => {
    const topics = text.topics.map((name) => {
      const i = topicIndex.get(name);
      if (i === undefined) throw new Error(`demo article "${text.title}": unknown topic ${name}`);
      return i;
    });
    const state: ArticleState = text.state ?? "validated";
    const source = sources.get(index) ?? null;
    let createdAt: number;
    if (source !== null) createdAt = Math.min(history.requests[source]!.resolvedAt! + minutes(prng, 60, 6 * 24 * 60), to - DAY);
    else if (core[index]) createdAt = at(0.005 + 0.03 * prng.next());
    else if (state === "draft") createdAt = at(0.85 + 0.12 * prng.next());
    else if (state === "archived") createdAt = at(0.01 + 0.05 * prng.next());
    else createdAt = at(0.05 + 0.85 * prng.next());
    const author = source !== null ? history.requests[source]!.resolver! : pickAuthor(prng, history, text, topics, (createdAt - from) / (to - from));
    const authorIsTech = techs.includes(author);
    const validated = state === "validated" || state === "archived";
    const validatedBy = validated ? (authorIsTech && prng.next() < 0.7 ? author : prng.pick(techs)) : null;
    const validatedAt = validatedBy === null ? null : validatedBy === author ? createdAt : Math.min(createdAt + minutes(prng, 120, 10 * 24 * 60), to);
    const archivedAt = state === "archived" ? at(0.2 + 0.2 * prng.next()) : null;
    const versions = planVersions(prng, text, author, techs, createdAt, to);
    const last = versions.at(-1)!;
    return {
      index,
      text,
      title: text.title,
      body: last.body,
      state,
      audience: text.audience,
      topics,
      author,
      createdAt,
      updatedAt: Math.max(last.at, validatedAt ?? 0, archivedAt ?? 0),
      validatedBy,
      validatedAt,
      archivedAt,
      source,
      versions,
      views: 0,
      helped: 0,
      notHelped: 0,
    };
  });
  const links = articles.flatMap((a): PlannedLink[] => (a.source === null ? [] : [{ article: a.index, request: a.source, kind: "created_from", by: a.author, at: a.createdAt }]));
  return { articles, links };
}

/**
 * For each captured article, a resolved request on its topic, spread over the year, handled by
 * someone who may write for the article's audience (tech for runbooks, no student for staff pages).
 */
function pickSources(history: DemoHistory, texts: readonly DemoArticleText[], captured: number[], topicIndex: Map<string, number>, prng: Prng): Map<number, number> {
  const { from, to, people, cast } = history;
  const tech = new Set(cast.helpers.filter((h) => h.tech).map((h) => h.person));
  const used = new Set<number>();
  const sources = new Map<number, number>();
  captured.forEach((article, k) => {
    const text = texts[article]!;
    const topic = topicIndex.get(text.topics[0]!);
    const target = from + (0.08 + (0.84 * k) / Math.max(1, captured.length - 1)) * (to - from);
    const fits = (r: PlannedRequest) =>
      r.topic === topic &&
      r.resolvedAt !== null &&
      r.resolver !== null &&
      CAPTURE_KINDS.has(r.resolutionKind ?? "") &&
      !used.has(r.index) &&
      (text.audience !== "tech" || tech.has(r.resolver)) &&
      (text.audience !== "staff" || people[r.resolver]!.kind !== "student");
    const candidates = history.requests.filter(fits);
    if (candidates.length === 0) return;
    const before = candidates.filter((r) => r.resolvedAt! <= target);
    const near = before.length > 0 ? before.slice(-4) : candidates.slice(0, 4);
    const chosen = prng.pick(near);
    used.add(chosen.index);
    sources.set(article, chosen.index);
  });
  return sources;
}

/** Runbooks are written by tech; other pages by tech or a helper who takes the topic, once they help in earnest. */
function pickAuthor(prng: Prng, history: DemoHistory, text: DemoArticleText, topics: number[], p: number): number {
  const { cast, people } = history;
  const techs = cast.helpers.filter((h) => h.tech);
  const primary = history.topics[topics[0]!]!.name;
  const mayWrite = (h: DemoHelper) => !h.tech && h.topics.has(primary) && h.joinsAt <= p + 0.05 && (text.audience === "everyone" || !h.student);
  const community = cast.helpers.filter(mayWrite);
  const helperShare = text.state === "draft" || text.state === "unvalidated" ? 0.8 : 0.45;
  if (text.audience !== "tech" && community.length > 0 && prng.next() < helperShare) return prng.pick(community).person;
  // The tech account writes most runbooks early on; the others pick up as the year goes.
  const tech = techs.find((h) => people[h.person]!.email === "tech@riverside.example")!;
  return prng.next() < 0.5 - 0.2 * p ? tech.person : prng.pick(techs).person;
}

/** Version 1 when created; each revision later in the year, by the author or a tech editor. */
function planVersions(prng: Prng, text: DemoArticleText, author: number, techs: number[], createdAt: number, to: number): PlannedVersion[] {
  const notes = text.revisions ?? [];
  const versions: PlannedVersion[] = [{ version: 1, title: text.title, body: bodyAtVersion(text, 1), author, note: "Created", at: createdAt }];
  let t = createdAt;
  notes.forEach((note, k) => {
    const room = (to - t) / (notes.length - k + 0.5);
    t = Math.min(to, t + Math.round(room * (0.3 + 0.6 * prng.next())));
    versions.push({ version: k + 2, title: text.title, body: bodyAtVersion(text, k + 2), author: prng.next() < 0.6 ? author : prng.pick(techs), note, at: t });
  });
  return versions;
}
