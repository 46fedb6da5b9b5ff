import type { Kysely } from "kysely";
import type { ArticleSearchIndex } from "../../../core/knowledge/search.ports.js";
import type { DialectName } from "../../dialect.js";
import type { SemanticVectors } from "./article-vectors.js";
import type { Database } from "../../schema.js";
import { PostgresArticleSearch } from "./postgres-article-search.js";
import { SqliteArticleSearch } from "./sqlite-article-search.js";

/** The article search index for an engine, bound to a connection or transaction. */
export function articleSearchFor(kysely: Kysely<Database>, dialect: DialectName, semantic?: SemanticVectors): ArticleSearchIndex {
  return dialect === "postgres" ? new PostgresArticleSearch(kysely, semantic) : new SqliteArticleSearch(kysely, semantic);
}
