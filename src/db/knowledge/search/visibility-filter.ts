import type { Expression, ExpressionBuilder, SqlBool } from "kysely";
import { PUBLISHED_STATES } from "../../../core/knowledge/knowledge.types.js";
import type { ArticleSearchQuery } from "../../../core/knowledge/search.ports.js";
import type { Database } from "../../schema.js";
import type { SearchTables } from "./article-search.tables.js";

type Eb = ExpressionBuilder<Database & SearchTables & { d: SearchTables["article_search_documents"] }, "d">;

/**
 * The caller's visibility as SQL over the documents table `d`: audiences they may read; states they may
 * read, plus their own drafts; and the query's own narrowing (published only, one audience, one topic).
 */
export function visibleTo(eb: Eb, query: ArticleSearchQuery): Expression<SqlBool> {
  const v = query.visibility;
  const audiences = query.audience ? v.audiences.filter((a) => a === query.audience) : v.audiences;
  const states = query.publishedOnly ? v.states.filter((s) => PUBLISHED_STATES.includes(s)) : v.states;
  const conditions: Expression<SqlBool>[] = [
    audiences.length ? eb("d.audience", "in", audiences) : eb.lit(false),
    eb.or([
      ...(states.length ? [eb("d.state", "in", states)] : []),
      ...(query.publishedOnly ? [] : [eb.and([eb("d.state", "=", "draft"), eb("d.author_id", "=", v.personId)])]),
    ]),
  ];
  if (query.topicId !== undefined) {
    conditions.push(
      eb.exists(eb.selectFrom("article_search_topics as t").select("t.topic_id").whereRef("t.article_id", "=", "d.article_id").where("t.topic_id", "=", query.topicId)),
    );
  }
  return eb.and(conditions);
}
