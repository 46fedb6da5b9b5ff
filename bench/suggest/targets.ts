/** Where the eval sends articles, phrasings and queries: the search index directly, or the HTTP API in-process. */
import type { Kysely } from "kysely";
import type { ArticleVisibility } from "../../src/core/knowledge/knowledge.types.js";
import type { DialectName } from "../../src/db/dialect.js";
import { articleSearchFor } from "../../src/db/knowledge/search/article-search.js";
import type { Database } from "../../src/db/schema.js";
import { SemanticVectors } from "../../src/db/knowledge/search/article-vectors.js";
import { createTestContext } from "../../src/db/testing/test-databases.js";
import { sentenceEncoder } from "../../src/platform/sentence-encoder.js";

export interface SuggestTarget {
  /** Adds a validated article for everyone; returns its id. */
  addArticle(title: string, body: string): Promise<number>;
  /** Records a "this solved it" wording for an article. */
  addPhrasing(articleId: number, text: string): Promise<void>;
  /** Article ids suggested for the text, best first. */
  suggest(text: string, limit: number): Promise<number[]>;
  close(): Promise<void>;
}

const EVERYONE: ArticleVisibility = { audiences: ["everyone", "staff", "tech"], states: ["unvalidated", "validated"], personId: 0 };

/** Semantic search on unless SEARCH_SEMANTIC=0, as in the product. */
const semanticOn = () => process.env.SEARCH_SEMANTIC !== "0";

/** The ArticleSearchIndex on a fresh database, articles inserted as rows (development path, no routes needed). */
export async function directTarget(dialect: DialectName): Promise<SuggestTarget> {
  const test = await createTestContext(dialect);
  const kysely = test.ctx.db.kysely as Kysely<Database>;
  const search = articleSearchFor(kysely, dialect, semanticOn() ? new SemanticVectors(sentenceEncoder()) : undefined);
  const articles = new Map<number, { title: string; body: string; phrasings: string[] }>();
  const now = new Date().toISOString();
  const reindex = (id: number) => {
    const a = articles.get(id)!;
    return search.index({ articleId: id, title: a.title, body: a.body, phrasings: a.phrasings, topicIds: [], audience: "everyone", state: "validated", authorId: null });
  };
  return {
    async addArticle(title, body) {
      const row = await kysely
        .insertInto("articles")
        .values({ title, body, state: "validated", audience: "everyone", author_id: null, created_at: now, updated_at: now })
        .returning("id")
        .executeTakeFirstOrThrow();
      articles.set(row.id, { title, body, phrasings: [] });
      await reindex(row.id);
      return row.id;
    },
    async addPhrasing(articleId, text) {
      articles.get(articleId)!.phrasings.push(text);
      await reindex(articleId);
    },
    async suggest(text, limit) {
      const hits = await search.search({ text: text.trim(), limit, visibility: EVERYONE, publishedOnly: true });
      return hits.map((h) => h.articleId);
    },
    close: () => test.close(),
  };
}

/**
 * The real path: the whole app in-process on a fresh database (no demo school), a tech person signed in,
 * articles created through `POST /api/v1/articles`, wordings through `POST /api/v1/deflections`, and
 * queries through `GET /api/v1/suggestions` (`inject`, so latency covers routing, auth, schema and search).
 */
export async function apiTarget(dialect: DialectName): Promise<SuggestTarget> {
  const { createTestApp } = await import("../../src/api/testing/test-app.js");
  const test = await createTestApp(dialect, { env: { SEARCH_SEMANTIC: semanticOn() ? "1" : "0" } });
  const tech = await test.addPerson({ name: "Eval Tech", email: "eval.tech@school.example", kind: "staff", roles: ["tech"] });
  const session = await test.signIn(tech.email);
  const call = async (method: "GET" | "POST", url: string, payload?: object) => {
    const response = await test.app.inject({ method, url, payload, headers: method === "POST" ? session.headers : { cookie: session.cookie } });
    if (response.statusCode >= 300) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  };
  return {
    async addArticle(title, body) {
      const created = (await call("POST", "/api/v1/articles", { title, body, audience: "everyone", state: "validated" })) as { id: number };
      return created.id;
    },
    async addPhrasing(articleId, text) {
      await call("POST", "/api/v1/deflections", { text, articleId });
    },
    async suggest(text, limit) {
      const page = (await call("GET", `/api/v1/suggestions?q=${encodeURIComponent(text)}&limit=${limit}`)) as { items: { type: string; id: number }[] };
      return page.items.filter((i) => i.type === "article").map((i) => i.id);
    },
    close: () => test.close(),
  };
}
