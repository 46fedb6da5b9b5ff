import { type Kysely, sql } from "kysely";
import { type AnalysedArticle, analyseArticle, distinctTerms, fieldLength } from "../../../core/knowledge/search/article-analysis.js";
import { parseQuery, planQuery, termsToLookUp, typoCandidates } from "../../../core/knowledge/search/query-plan.js";
import { type CorpusStats, DEFAULT_RANKING, type RankableDocument, rankDocuments } from "../../../core/knowledge/search/ranking.js";
import { floorOf, fuseScores, nearestArticles, SEMANTIC, similarities } from "../../../core/knowledge/search/semantic.js";
import { highlight, snippet } from "../../../core/knowledge/search/snippet.js";
import type { ArticleHit } from "../../../core/knowledge/knowledge.types.js";
import type { ArticleSearchIndex, ArticleSearchQuery, IndexedArticle } from "../../../core/knowledge/search.ports.js";
import type { Database } from "../../schema.js";
import type { ArticleSearchDocumentsTable, SearchTables } from "./article-search.tables.js";
import type { SemanticVectors } from "./article-vectors.js";
import { visibleTo } from "./visibility-filter.js";

export type SearchDb = Kysely<Database & SearchTables>;

/** What the engine's full-text query matches: exact terms, and the last word as a prefix. */
export interface MatchTerms {
  terms: string[];
  prefixes: string[];
}

export type CandidateRow = Pick<ArticleSearchDocumentsTable, "article_id" | "title_terms" | "body_terms" | "phrasing_terms">;

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
  protected abstract candidates(db: SearchDb, match: MatchTerms, query: ArticleSearchQuery, limit: number): Promise<CandidateRow[]>;

  async index(article: IndexedArticle): Promise<void> {
    // Inside the caller's transaction when there is one, so the article and its index commit together.
    if (this.db.isTransaction) return this.indexWith(this.db, article);
    return this.db.transaction().execute((trx) => this.indexWith(trx, article));
  }

  private async indexWith(db: SearchDb, article: IndexedArticle): Promise<void> {
    const analysed = analyseArticle(article);
    const old = await db
      .selectFrom("article_search_documents")
      .select(["title_terms", "body_terms", "phrasing_terms", "title_length", "body_length", "phrasing_length"])
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
    const typos = typoCandidates(words, { df, byPrefix });
    const variants = [...typos.values()].flat();
    if (variants.length) for (const [t, n] of await this.documentFrequencies(variants)) df.set(t, n);
    for (const list of byPrefix.values()) for (const m of list) df.set(m.term, m.df);

    const concepts = planQuery(words, { df, byPrefix }, typos);
    const matchTerms = [...new Set(concepts.flatMap((c) => c.alternatives.map((a) => a.term)))].filter((t) => (df.get(t) ?? 0) > 0).sort();
    const prefixes = words.filter((w) => w.prefix).map((w) => w.word);
    const lexical = matchTerms.length || prefixes.length;
    if (!lexical && !semantic) return [];
    const rows = lexical ? await this.candidates(this.db, { terms: matchTerms, prefixes }, query, Math.max(CANDIDATES, query.limit * 4)) : [];

    // The lexical ranking runs while the sentence model still works on the query in its thread.
    const stats: CorpusStats = { documents: totals.documents, averageLength: totals.averageLength, df };
    const rank = (candidates: CandidateRow[]) => rankDocuments(concepts, candidates.map(rankable), stats, DEFAULT_RANKING);
    const scored = rank(rows);
    const meaning = semantic && queryVector ? await this.meaning(semantic, queryVector, totals.vectorRevision, rows, query) : null;
    const ranked = (meaning ? fuseScores([...scored, ...rank(meaning.extra)], meaning.extra.map((r) => r.article_id), meaning.similarity, SEMANTIC.weight) : scored).slice(0, query.limit);
    if (!ranked.length) return [];
    // Display text only for the hits shown, not for every candidate.
    const texts = await this.db
      .selectFrom("article_search_documents")
      .select(["article_id", "title", "body_text"])
      .where("article_id", "in", ranked.map((r) => r.articleId))
      .execute();
    const byId = new Map(texts.map((t) => [t.article_id, t]));
    return ranked.map((r) => {
      const text = byId.get(r.articleId)!;
      return { articleId: r.articleId, title: highlight(text.title, r.matchedTerms), snippet: snippet(text.body_text, r.matchedTerms), score: round(r.score) };
    });
  }

  /**
   * Similarity of the query to every article, and the rows of the nearest ones by meaning that are not
   * lexical candidates yet and that the query may show (visibility decided in SQL). Null without a vector.
   */
  private async meaning(semantic: SemanticVectors, queryVector: Promise<Float32Array | null>, revision: string, rows: readonly CandidateRow[], query: ArticleSearchQuery) {
    const [q, vectors] = await Promise.all([queryVector, semantic.all(this.db, revision)]);
    if (!q) return null;
    const similarity = similarities(q, vectors);
    const nearest = nearestArticles(similarity, SEMANTIC.candidates, floorOf(vectors));
    const have = new Set(rows.map((r) => r.article_id));
    const wanted = nearest.map((n) => n.articleId).filter((id) => !have.has(id));
    const extra = wanted.length ? await this.visibleRows(wanted, query) : [];
    return { similarity, extra };
  }

  /** The given articles' rows, those the query may show. */
  private visibleRows(ids: number[], query: ArticleSearchQuery): Promise<CandidateRow[]> {
    return this.db
      .selectFrom("article_search_documents as d")
      .select(["d.article_id", "d.title_terms", "d.body_terms", "d.phrasing_terms"])
      .where("d.article_id", "in", ids)
      .where((eb) => visibleTo(eb, query))
      .execute();
  }

  private async totals(): Promise<{ documents: number; averageLength: CorpusStats["averageLength"]; vectorRevision: string }> {
    const t = await this.db.selectFrom("article_search_totals").selectAll().where("id", "=", 1).executeTakeFirst();
    const documents = Number(t?.documents ?? 0);
    const avg = (n: number | string | undefined) => (documents ? Number(n ?? 0) / documents : 0);
    return {
      documents,
      averageLength: { title: avg(t?.title_length), body: avg(t?.body_length), phrasings: avg(t?.phrasing_length) },
      vectorRevision: t?.vector_revision ?? "",
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

function rankable(row: CandidateRow): RankableDocument {
  return { articleId: row.article_id, fields: { title: parsed(row.title_terms), body: parsed(row.body_terms), phrasings: parsed(row.phrasing_terms) } };
}

function split(terms: string): string[] {
  return terms ? terms.split(" ") : [];
}

const MAX_PARSED = 20_000;
const parsedFields = new Map<string, string[]>();

/**
 * A stored term string as an array, memoised by content: the ranker caches counts and positions per
 * array, so an unchanged article is parsed once per process however often it is a candidate. Keyed by
 * content, it can never serve stale terms; bounded, it can't grow without limit.
 */
function parsed(terms: string): string[] {
  let out = parsedFields.get(terms);
  if (!out) {
    out = split(terms);
    if (parsedFields.size >= MAX_PARSED) parsedFields.delete(parsedFields.keys().next().value!);
    parsedFields.set(terms, out);
  }
  return out;
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function round(score: number): number {
  return Math.round(score * 1e6) / 1e6;
}
