import type { Insertable, Kysely } from "kysely";
import type { ArticleSearchIndex } from "../../core/knowledge/search.ports.js";
import type { Database } from "../schema.js";
import type { PlannedArticle } from "./demo-articles.js";
import type { DemoKnowledge } from "./demo-knowledge.js";
import type { DemoHistory } from "./demo-requests.js";

/** Rows per statement: with at most 14 columns, far below both engines' parameter limits. */
const ROW_CHUNK = 500;
const iso = (ms: number) => new Date(ms).toISOString();

export interface WrittenKnowledge {
  articles: number;
  versions: number;
  links: number;
  deflections: number;
  feedback: number;
  phrasings: number;
  events: number;
  /** What the search index needs per article, in plan order; see indexDemoArticles. */
  indexed: { articleId: number; article: PlannedArticle; topicIds: number[]; authorId: number; phrasings: string[] }[];
}

/**
 * Writes the planned knowledge base with multi-row inserts, with the events the use cases would have
 * appended. Needs the demo history written first; run it inside the seed's transaction.
 */
export async function writeDemoKnowledge(db: Kysely<Database>, history: DemoHistory, plan: DemoKnowledge): Promise<WrittenKnowledge> {
  const ids = await lookUpIds(db, history);
  const person = (i: number) => ids.people[i]!;
  const articleIds = await insertAll(db, "articles", plan.articles, (a) => ({
    title: a.title,
    body: a.body,
    state: a.state,
    audience: a.audience,
    author_id: person(a.author),
    version: a.versions.length,
    views: a.views,
    helped_count: a.helped,
    not_helped_count: a.notHelped,
    validated_by: a.validatedBy === null ? null : person(a.validatedBy),
    validated_at: a.validatedAt === null ? null : iso(a.validatedAt),
    created_at: iso(a.createdAt),
    updated_at: iso(a.updatedAt),
  }));
  const article = (i: number) => articleIds[i]!;
  const versions = plan.articles.flatMap((a) => a.versions.map((v) => ({ a, v })));
  await insertAll(db, "article_versions", versions, ({ a, v }) => ({ article_id: article(a.index), version: v.version, title: v.title, body: v.body, author_id: person(v.author), note: v.note, created_at: iso(v.at) }));
  await insertAll(db, "article_topics", plan.articles.flatMap((a) => a.topics.map((t) => ({ a, t }))), ({ a, t }) => ({ article_id: article(a.index), topic_id: ids.topics[t]! }), false);
  await insertAll(db, "article_links", plan.links, (l) => ({ article_id: article(l.article), request_id: ids.requests[l.request]!, kind: l.kind, created_by: l.by === null ? null : person(l.by), created_at: iso(l.at) }), false);
  await insertAll(db, "article_feedback", plan.feedback, (f) => ({ article_id: article(f.article), person_id: person(f.person), helped: f.helped ? 1 : 0, created_at: iso(f.at) }));
  const deflectionIds = await insertAll(db, "deflections", plan.deflections, (d) => ({ person_id: person(d.person), article_id: article(d.article), text: d.text, created_at: iso(d.at) }));
  await insertAll(db, "article_phrasings", plan.phrasings, (p) => ({ article_id: article(p.article), text: p.text, source: p.source, created_at: iso(p.at) }));

  const events = articleEvents(plan, ids.requests, deflectionIds).sort((a, b) => a.at - b.at || a.seq - b.seq);
  await insertAll(db, "events", events, (e) => ({ type: e.type, actor_id: e.actor === null ? null : person(e.actor), subject_type: "article", subject_id: article(e.article), data: JSON.stringify(e.data), created_at: iso(e.at) }));

  const indexed = plan.articles.map((a) => ({
    articleId: article(a.index),
    article: a,
    topicIds: a.topics.map((t) => ids.topics[t]!),
    authorId: person(a.author),
    phrasings: plan.phrasings.filter((p) => p.article === a.index).map((p) => p.text),
  }));
  return { articles: articleIds.length, versions: versions.length, links: plan.links.length, deflections: deflectionIds.length, feedback: plan.feedback.length, phrasings: plan.phrasings.length, events: events.length, indexed };
}

/** Puts every written article in the search index, with the phrasings learned for it. */
export async function indexDemoArticles(search: ArticleSearchIndex, written: WrittenKnowledge): Promise<void> {
  for (const { articleId, article: a, topicIds, authorId, phrasings } of written.indexed) {
    await search.index({ articleId, title: a.title, body: a.body, phrasings, topicIds, audience: a.audience, state: a.state, authorId });
  }
}

interface ArticleEvent {
  type: string;
  actor: number | null;
  article: number;
  at: number;
  seq: number;
  data: Record<string, unknown>;
}

/** The events createArticle, editArticle, linkArticle, recordDeflection and giveArticleFeedback append. */
function articleEvents(plan: DemoKnowledge, requestIds: number[], deflectionIds: number[]): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  const add = (type: string, actor: number | null, article: number, at: number, data: Record<string, unknown> = {}) => events.push({ type, actor, article, at, seq: events.length, data });
  for (const a of plan.articles) {
    const straightIn = a.validatedBy === a.author && a.validatedAt === a.createdAt;
    add("article.created", a.author, a.index, a.createdAt, { state: a.state === "draft" ? "draft" : straightIn ? "validated" : "unvalidated", audience: a.audience });
    if (a.validatedBy !== null && !straightIn) add("article.state_changed", a.validatedBy, a.index, a.validatedAt!, { from: "unvalidated", to: "validated" });
    for (const v of a.versions.slice(1)) add("article.edited", v.author, a.index, v.at, { version: v.version });
    if (a.archivedAt !== null) add("article.state_changed", a.validatedBy, a.index, a.archivedAt, { from: "validated", to: "archived" });
  }
  for (const l of plan.links) {
    if (l.kind !== "created_from") add("article.linked", l.by, l.article, l.at, { requestId: requestIds[l.request]!, kind: l.kind });
  }
  plan.deflections.forEach((d, i) => add("article.deflected", d.person, d.article, d.at, { deflectionId: deflectionIds[i]! }));
  for (const f of plan.feedback) add(f.helped ? "article.helped" : "article.not_helped", f.person, f.article, f.at);
  return events;
}

/** Ids of the people, topics and requests the demo history wrote, in the history's index order. */
async function lookUpIds(db: Kysely<Database>, history: DemoHistory) {
  const people = new Map((await db.selectFrom("people").select(["id", "email"]).execute()).map((p) => [p.email, p.id]));
  const topics = new Map((await db.selectFrom("topics").select(["id", "name"]).execute()).map((t) => [t.name, t.id]));
  // The history's requests went in first, in plan order, on an empty table: ids follow the plan.
  const requests = await db.selectFrom("requests").select(["id", "title"]).orderBy("id").execute();
  if (requests.length !== history.requests.length || requests.some((r, i) => r.title !== history.requests[i]!.title)) {
    throw new Error("demo knowledge: the requests in the database are not the demo history's");
  }
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`demo knowledge: ${what} is not in the database`);
    return value;
  };
  return {
    people: history.people.map((p) => need(people.get(p.email), p.email)),
    topics: history.topics.map((t) => need(topics.get(t.name), `topic ${t.name}`)),
    requests: requests.map((r) => r.id),
  };
}

type KnowledgeTable = "articles" | "article_versions" | "article_topics" | "article_links" | "article_feedback" | "deflections" | "article_phrasings" | "events";

/**
 * Inserts rows in chunks; with `withIds`, returns their ids in input order (one statement hands out
 * ids in VALUES order on both engines, so sorting what RETURNING gives back restores that order).
 */
async function insertAll<T, K extends KnowledgeTable>(db: Kysely<Database>, table: K, items: readonly T[], toRow: (item: T) => Insertable<Database[K]>, withIds = true): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < items.length; i += ROW_CHUNK) {
    const rows = items.slice(i, i + ROW_CHUNK).map(toRow);
    if (!withIds) {
      await db.insertInto(table).values(rows as never).execute();
      continue;
    }
    const inserted = await db.insertInto(table).values(rows as never).returning("id" as never).execute();
    ids.push(...(inserted as unknown as { id: number }[]).map((row) => Number(row.id)).sort((a, b) => a - b));
  }
  return ids;
}
