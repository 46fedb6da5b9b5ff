import { type SqlBool, sql } from "kysely";
import type { AnalysedArticle } from "../../../core/knowledge/search/article-analysis.js";
import type { ArticleSearchQuery } from "../../../core/knowledge/search.ports.js";
import { type CandidateKey, KyselyArticleSearch, type MatchTerms, type SearchDb } from "./article-search.base.js";
import { visibleTo } from "./visibility-filter.js";

/** SQLite: an FTS5 table of analysed terms (rowid = article id), candidates by bm25 with title and phrasings weighted. */
export class SqliteArticleSearch extends KyselyArticleSearch {
  protected async writeFullText(db: SearchDb, articleId: number, a: AnalysedArticle): Promise<void> {
    await sql`DELETE FROM article_search_fts WHERE rowid = ${articleId}`.execute(db);
    await sql`INSERT INTO article_search_fts (rowid, title, body, phrasings) VALUES (${articleId}, ${a.titleTerms.join(" ")}, ${a.bodyTerms.join(" ")}, ${a.phrasingTerms.join(" ")})`.execute(db);
  }

  protected async candidates(db: SearchDb, match: MatchTerms, query: ArticleSearchQuery, limit: number): Promise<CandidateKey[]> {
    // Terms are [\p{L}\p{N}]+ from our analyser; quoting keeps FTS5 from reading any as an operator.
    const expression = [...match.terms.map((t) => `"${t}"`), ...match.prefixes.map((p) => `"${p}"*`)].join(" OR ");
    return db
      .selectFrom(sql<{ rowid: number }>`article_search_fts`.as("f"))
      .innerJoin("article_search_documents as d", (join) => join.on(sql<SqlBool>`d.article_id = f.rowid`))
      .select(["d.article_id", "d.terms_version"])
      .where(sql<SqlBool>`article_search_fts MATCH ${expression}`)
      .where((eb) => visibleTo(eb, query))
      .orderBy(sql`bm25(article_search_fts, 3.0, 0.5, 2.0)`)
      .orderBy("d.article_id")
      .limit(limit)
      .execute();
  }
}
