import { type SqlBool, sql } from "kysely";
import type { AnalysedArticle } from "../../../core/knowledge/search/article-analysis.js";
import type { ArticleSearchQuery } from "../../../core/knowledge/search.ports.js";
import { type CandidateKey, KyselyArticleSearch, type MatchTerms, type SearchDb } from "./article-search.base.js";
import { visibleTo } from "./visibility-filter.js";

/**
 * PostgreSQL: a `simple`-config tsvector of the analysed terms (title A, phrasings B, body D) with a GIN
 * index; candidates by ts_rank over an OR tsquery, the last word as a `:*` prefix.
 */
export class PostgresArticleSearch extends KyselyArticleSearch {
  protected async writeFullText(db: SearchDb, articleId: number, a: AnalysedArticle): Promise<void> {
    await sql`UPDATE article_search_documents SET search_vector =
        setweight(to_tsvector('simple', ${a.titleTerms.join(" ")}), 'A')
        || setweight(to_tsvector('simple', ${a.phrasingTerms.join(" ")}), 'B')
        || setweight(to_tsvector('simple', ${a.bodyTerms.join(" ")}), 'D')
      WHERE article_id = ${articleId}`.execute(db);
  }

  protected async candidates(db: SearchDb, match: MatchTerms, query: ArticleSearchQuery, limit: number): Promise<CandidateKey[]> {
    // Terms are [\p{L}\p{N}]+ from our analyser; quoting keeps the tsquery parser from reading any as an operator.
    const expression = [...match.terms.map((t) => `'${t}'`), ...match.prefixes.map((p) => `'${p}':*`)].join(" | ");
    const tsquery = sql`to_tsquery('simple', ${expression})`;
    return db
      .selectFrom("article_search_documents as d")
      .select(["d.article_id", "d.terms_version"])
      .where(sql<SqlBool>`d.search_vector @@ ${tsquery}`)
      .where((eb) => visibleTo(eb, query))
      .orderBy(sql`ts_rank('{0.1, 0.2, 0.7, 1.0}', d.search_vector, ${tsquery})`, "desc")
      .orderBy("d.article_id")
      .limit(limit)
      .execute();
  }
}
