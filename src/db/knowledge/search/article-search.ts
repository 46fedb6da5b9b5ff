import type { Kysely } from "kysely";
import type { ArticleSearchIndex } from "../../../core/knowledge/search.ports.js";
import type { DialectName } from "../../dialect.js";
import type { Database } from "../../schema.js";
import { PostgresArticleSearch } from "./postgres-article-search.js";
import { SqliteArticleSearch } from "./sqlite-article-search.js";

/** The article search index for an engine, bound to a connection or transaction. */
export function articleSearchFor(kysely: Kysely<Database>, dialect: DialectName): ArticleSearchIndex {
  return dialect === "postgres" ? new PostgresArticleSearch(kysely) : new SqliteArticleSearch(kysely);
}
