import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { type AnalysedArticle, analyseArticle, distinctTerms, fieldLength } from "../../../core/knowledge/search/article-analysis.js";
import { parseQuery, planQuery, termsToLookUp, typoCandidates } from "../../../core/knowledge/search/query-plan.js";
import { type CorpusStats, DEFAULT_RANKING, type RankableDocument, rankDocuments } from "../../../core/knowledge/search/ranking.js";
import { type LearnedWords, learnWords } from "../../../core/knowledge/search/learned-words.js";
import { floorOf, fuseScores, nearestArticles, SEMANTIC, similarities } from "../../../core/knowledge/search/semantic.js";
import { highlight, snippet } from "../../../core/knowledge/search/snippet.js";
import { type ArticleHit, PUBLISHED_STATES } from "../../../core/knowledge/knowledge.types.js";
import type { ArticleSearchIndex, ArticleSearchQuery, IndexedArticle } from "../../../core/knowledge/search.ports.js";
import type { Database } from "../../schema.js";
import type { ArticleSearchDocumentsTable, SearchTables } from "./article-search.tables.js";
import type { SemanticVectors } from "./article-vectors.js";
import { BoundedMemo } from "../../../core/shared/bounded-memo.js";
import { LoadsByKey } from "./loads-by-key.js";
import { visibleTo } from "./visibility-filter.js";

export type SearchDb = Kysely<Database & SearchTables>;

/** What the engine's full-text query matches: exact terms, and the last word as a prefix. */
export interface MatchTerms {
  terms: string[];
  prefixes: string[];
}

/** What an engine's candidate query returns: an article and the version of its analysed terms. */
export type CandidateKey = Pick<ArticleSearchDocumentsTable, "article_id" | "terms_version">;
type DisplayText = Pick<ArticleSearchDocumentsTable, "title" | "body_text">;

/** How many candidates the engine hands to the ranker: generous, so its cruder score rarely hides the best one. */
export const CANDIDATES = 100;
const CHUNK = 400;

/**
 * The index on either engine: analysis, statistics and ranking are shared here; each engine supplies how
 * it stores the full-text form of a document and how it fetches candidates (with visibility filters in SQL).
 * With semantic vectors, sentence similarity joins the ranking and adds candidates that share no word.
 */
export abstract class KyselyArticleSearch implements ArticleSearchIndex {
  protected readonly db: SearchDb;

  constructor(
    kysely: Kysely<Database>,
    private readonly semantic?: SemanticVectors,
  ) {
    this.db = kysely.withTables<SearchTables>();
  }

  /** Stores the engine's full-text form of one document (after its row in article_search_documents is written). */
  protected abstract writeFullText(db: SearchDb, articleId: number, analysed: AnalysedArticle): Promise<void>;

  /** Best candidates by the engine's own score, visible to the caller. */
  protected abstract candidates(db: SearchDb, match: MatchTerms, query: ArticleSearchQuery, limit: number): Promise<CandidateKey[]>;

  async index(article: IndexedArticle): Promise<void> {
    // Inside the caller's transaction when there is one, so the article and its index commit together.
    if (this.db.isTransaction) return this.indexWith(this.db, article);
    return this.db.transaction().execute((trx) => this.indexWith(trx, article));
  }

  private async indexWith(db: SearchDb, article: IndexedArticle): Promise<void> {
    const analysed = analyseArticle(article);
    const old = await db
      .selectFrom("article_search_documents")
      .select(["title_terms", "body_terms", "phrasing_terms", "title_length", "body_length", "phrasing_length", "state", "audience"])
      .where("article_id", "=", article.articleId)
      .executeTakeFirst();
    const row = {
      title: analysed.title,
      body_text: analysed.bodyText,
      title_terms: analysed.titleTerms.join(" "),
      body_terms: analysed.bodyTerms.join(" "),
      phrasing_terms: analysed.phrasingTerms.join(" "),
      title_length: fieldLength(analysed.titleTerms),
      body_length: fieldLength(analysed.bodyTerms),
      phrasing_length: fieldLength(analysed.phrasingTerms),
      audience: article.audience,
      state: article.state,
      author_id: article.authorId,
      terms_version: randomUUID(),
    };
    if (old) await db.updateTable("article_search_documents").set(row).where("article_id", "=", article.articleId).execute();
    else await db.insertInto("article_search_documents").values({ article_id: article.articleId, ...row }).execute();
    await this.writeFullText(db, article.articleId, analysed);
    await this.semantic?.write(db, article.articleId, article.title, article.phrasings);

    await db.deleteFrom("article_search_topics").where("article_id", "=", article.articleId).execute();
    const topics = [...new Set(article.topicIds)].sort((a, b) => a - b);
    if (topics.length) await db.insertInto("article_search_topics").values(topics.map((topic_id) => ({ article_id: article.articleId, topic_id }))).execute();

    const before = old ? distinctTerms({ titleTerms: split(old.title_terms), bodyTerms: split(old.body_terms), phrasingTerms: split(old.phrasing_terms) }) : new Set<string>();
    const after = distinctTerms(analysed);
    const added = [...after].filter((t) => !before.has(t)).sort();
    const removed = [...before].filter((t) => !after.has(t)).sort();
    for (const part of chunks(added)) {
      await db
        .insertInto("article_search_terms")
        .values(part.map((term) => ({ term, df: 1 })))
        .onConflict((oc) => oc.column("term").doUpdateSet({ df: sql<number>`article_search_terms.df + 1` }))
        .execute();
    }
    for (const part of chunks(removed)) {
      await db.updateTable("article_search_terms").set({ df: sql<number>`df - 1` }).where("term", "in", part).execute();
    }
    if (removed.length) await db.deleteFrom("article_search_terms").where("df", "<=", 0).execute();
    await db
      .updateTable("article_search_totals")
      .set({
        documents: sql<number>`documents + ${old ? 0 : 1}`,
        title_length: sql<number>`title_length + ${row.title_length - (old?.title_length ?? 0)}`,
        body_length: sql<number>`body_length + ${row.body_length - (old?.body_length ?? 0)}`,
        phrasing_length: sql<number>`phrasing_length + ${row.phrasing_length - (old?.phrasing_length ?? 0)}`,
        // What words are learned from (learned-words.ts): published titles and phrasings, per audience.
        ...(learnedFromChanged(old, row) ? { terms_revision: randomUUID() } : {}),
      })
      .where("id", "=", 1)
      .execute();
  }

  async search(query: ArticleSearchQuery): Promise<ArticleHit[]> {
    const words = parseQuery(query.text);
    if (!words.length || query.limit <= 0) return [];
    const semantic = this.semantic && words.length >= SEMANTIC.minWords ? this.semantic : null;
    // Encoding starts now and overlaps the queries below; a model that fails leaves plain lexical search.
    const queryVector = semantic?.encoder.encode([query.text]).then(([v]) => v ?? null, () => null);
    const wanted = termsToLookUp(words);
    const [totals, df, byPrefix] = await Promise.all([this.totals(), this.documentFrequencies(wanted.terms), this.prefixMatches(wanted.prefixes)]);
    if (!totals.documents) return [];
    const learned = await this.learnedWords(totals.termsRevision, query.visibility.audiences);
    const typos = typoCandidates(words, { df, byPrefix });
    const variants = [...[...typos.values()].flat(), ...words.flatMap((w) => (learned.get(w.term) ?? []).map((l) => l.term))];
    if (variants.length) for (const [t, n] of await this.documentFrequencies(variants)) df.set(t, n);
    for (const list of byPrefix.values()) for (const m of list) df.set(m.term, m.df);

    const concepts = planQuery(words, { df, byPrefix }, typos, learned);
    const matchTerms = [...new Set(concepts.flatMap((c) => c.alternatives.map((a) => a.term)))].filter((t) => (df.get(t) ?? 0) > 0).sort();
    const prefixes = words.filter((w) => w.prefix).map((w) => w.word);
    const lexical = matchTerms.length || prefixes.length;
    if (!lexical && !semantic) return [];
    const keys = lexical ? await this.candidates(this.db, { terms: matchTerms, prefixes }, query, Math.max(CANDIDATES, query.limit * 4)) : [];
    const candidates = await this.documents(keys);

    // The lexical ranking runs while the sentence model still works on the query in its thread, and so does
    // the loading of the display texts of the likely hits: after the model answers, only the few articles
    // it brings up are fetched.
    const stats: CorpusStats = { documents: totals.documents, averageLength: totals.averageLength, df };
    const rank = (documents: RankableDocument[]) => rankDocuments(concepts, documents, stats, DEFAULT_RANKING);
    const scored = rank(candidates);
    const [meaning, texts] = await Promise.all([
      semantic && queryVector ? this.meaning(semantic, queryVector, totals.vectorRevision, keys, query) : null,
      this.displayTexts(scored.slice(0, query.limit).map((r) => r.articleId)),
    ]);
    const ranked = (meaning ? fuseScores([...scored, ...rank(meaning.extra)], meaning.extra.map((d) => d.articleId), meaning.similarity, SEMANTIC.weight) : scored).slice(0, query.limit);
    if (!ranked.length) return [];
    for (const [id, text] of meaning?.extraTexts ?? []) texts.set(id, text);
    const missing = ranked.map((r) => r.articleId).filter((id) => !texts.has(id));
    if (missing.length) for (const [id, text] of await this.displayTexts(missing)) texts.set(id, text);
    return ranked.map((r) => {
      const text = texts.get(r.articleId)!;
      return { articleId: r.articleId, title: highlight(text.title, r.matchedTerms), snippet: snippet(text.body_text, r.matchedTerms), score: round(r.score) };
    });
  }

  /** Title and plain body of each article, for display. */
  private async displayTexts(ids: number[]): Promise<Map<number, DisplayText>> {
    if (!ids.length) return new Map();
    const rows = await this.db.selectFrom("article_search_documents").select(["article_id", "title", "body_text"]).where("article_id", "in", ids).execute();
    return new Map(rows.map((r) => [r.article_id, r]));
  }

  /**
   * Similarity of the query to every article, and the rows of the nearest ones by meaning that are not
   * lexical candidates yet and that the query may show (visibility decided in SQL). Null without a vector.
   */
  private async meaning(semantic: SemanticVectors, queryVector: Promise<Float32Array | null>, revision: string, lexical: readonly CandidateKey[], query: ArticleSearchQuery) {
    const [q, vectors] = await Promise.all([queryVector, semantic.all(this.db, revision)]);
    if (!q) return null;
    const similarity = similarities(q, vectors);
    const nearest = nearestArticles(similarity, SEMANTIC.candidates, floorOf(vectors));
    const have = new Set(lexical.map((k) => k.article_id));
    const wanted = nearest.map((n) => n.articleId).filter((id) => !have.has(id));
    const visible = wanted.length ? await this.visibleRows(wanted, query) : [];
    return { similarity, extra: await this.documents(visible), extraTexts: visible.map((r) => [r.article_id, r] as const) };
  }

  /** The given articles, those the query may show, with their display texts. */
  private visibleRows(ids: number[], query: ArticleSearchQuery): Promise<(CandidateKey & DisplayText)[]> {
    return this.db
      .selectFrom("article_search_documents as d")
      .select(["d.article_id", "d.terms_version", "d.title", "d.body_text"])
      .where("d.article_id", "in", ids)
      .where((eb) => visibleTo(eb, query))
      .execute();
  }

  /**
   * The candidates' analysed fields, in the order given. Each process keeps them by terms version (a fresh
   * random id per write), so a search reads a hundred ids instead of a hundred bodies' terms; only articles
   * changed or not seen since are read here.
   */
  private async documents(keys: readonly CandidateKey[]): Promise<RankableDocument[]> {
    const byId = new Map<number, RankableDocument>();
    const missing: number[] = [];
    for (const key of keys) {
      const known = key.terms_version ? documentsByVersion.get(`${key.article_id} ${key.terms_version}`) : undefined;
      if (known) byId.set(key.article_id, known);
      else missing.push(key.article_id);
    }
    for (const part of chunks(missing)) {
      const rows = await this.db
        .selectFrom("article_search_documents")
        .select(["article_id", "terms_version", "title_terms", "body_terms", "phrasing_terms"])
        .where("article_id", "in", part)
        .execute();
      for (const row of rows) {
        // Read after the candidate query: an article re-indexed in between is ranked on its newer terms.
        const document = rankable(row);
        byId.set(row.article_id, document);
        // Rows without a version (written before it existed) are read every time, never remembered.
        if (!row.terms_version) continue;
        documentsByVersion.remember(`${row.article_id} ${row.terms_version}`, document);
      }
    }
    return keys.flatMap((key) => byId.get(key.article_id) ?? []);
  }

  /**
   * The words people use for titles, learned from the phrasings of the published articles the caller may
   * read (so an article for staff never shapes a student's results); learned once per process for each
   * revision of the index and set of audiences (~50 ms for a few thousand phrasings), shared by searches.
   */
  private learnedWords(revision: string, audiences: readonly string[]): Promise<LearnedWords> {
    if (!audiences.length) return Promise.resolve(new Map());
    return learnedWordsByKey.get(`${revision} ${[...audiences].sort().join(",")}`, () =>
      this.db
        .selectFrom("article_search_documents")
        .select(["title_terms", "phrasing_terms"])
        .where("state", "in", [...PUBLISHED_STATES])
        .where("audience", "in", audiences)
        .where("phrasing_terms", "<>", "")
        .orderBy("article_id")
        .execute()
        .then((rows) => learnWords(rows.map((r) => ({ titleTerms: split(r.title_terms), phrasingTerms: split(r.phrasing_terms) })))),
    );
  }

  private async totals(): Promise<{ documents: number; averageLength: CorpusStats["averageLength"]; vectorRevision: string; termsRevision: string }> {
    const t = await this.db.selectFrom("article_search_totals").selectAll().where("id", "=", 1).executeTakeFirst();
    const documents = Number(t?.documents ?? 0);
    const avg = (n: number | string | undefined) => (documents ? Number(n ?? 0) / documents : 0);
    return {
      documents,
      averageLength: { title: avg(t?.title_length), body: avg(t?.body_length), phrasings: avg(t?.phrasing_length) },
      vectorRevision: t?.vector_revision ?? "",
      termsRevision: t?.terms_revision ?? "",
    };
  }

  private async documentFrequencies(terms: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const part of chunks(terms)) {
      const rows = await this.db.selectFrom("article_search_terms").select(["term", "df"]).where("term", "in", part).execute();
      for (const r of rows) out.set(r.term, Number(r.df));
    }
    return out;
  }

  /** Vocabulary terms starting with each prefix, most frequent first: a range scan on the term key. */
  private async prefixMatches(prefixes: string[]): Promise<Map<string, { term: string; df: number }[]>> {
    const out = new Map<string, { term: string; df: number }[]>();
    for (const prefix of prefixes) {
      const rows = await this.db
        .selectFrom("article_search_terms")
        .select(["term", "df"])
        .where("term", ">=", prefix)
        .where("term", "<", `${prefix}\u{10FFFF}`)
        .orderBy("df", "desc")
        .orderBy("term")
        .limit(50)
        .execute();
      out.set(prefix, rows.map((r) => ({ term: r.term, df: Number(r.df) })));
    }
    return out;
  }
}

/** Whether a write changes what words are learned from: a title, phrasings, or who may read the article. */
function learnedFromChanged(old: Pick<ArticleSearchDocumentsTable, "title_terms" | "phrasing_terms" | "state" | "audience"> | undefined, row: Pick<ArticleSearchDocumentsTable, "title_terms" | "phrasing_terms" | "state" | "audience">): boolean {
  return !old || old.title_terms !== row.title_terms || old.phrasing_terms !== row.phrasing_terms || old.state !== row.state || old.audience !== row.audience;
}

function rankable(row: Pick<ArticleSearchDocumentsTable, "article_id" | "title_terms" | "body_terms" | "phrasing_terms">): RankableDocument {
  return { articleId: row.article_id, fields: { title: split(row.title_terms), body: split(row.body_terms), phrasings: split(row.phrasing_terms) } };
}

function split(terms: string): string[] {
  return terms ? terms.split(" ") : [];
}

/**
 * Candidates as the ranker sees them, by article and terms version, for every index in the process: versions
 * are random ids, so one never names other terms, here or in another database. The ranker caches counts and positions
 * per field array, so an unchanged article is analysed once per process however often it is a candidate.
 * Bounded (~5,000 articles' terms, tens of MB); past it the memo starts again.
 */
const documentsByVersion = new BoundedMemo<string, RankableDocument>(5_000);

/** Learned words by index revision (random ids, unique across databases) and audiences, for the last few seen. */
const learnedWordsByKey = new LoadsByKey<LearnedWords>(24);

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function round(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}
