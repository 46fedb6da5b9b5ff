import type { ArticleHit, ArticleState, ArticleVisibility, Audience } from "./knowledge.types.js";

/** What the search index holds for one article. */
export interface IndexedArticle {
  articleId: number;
  title: string;
  /** Markdown; the index reads it as plain text. */
  body: string;
  /** Requesters' own words that ended in "this solved it" on this article. */
  phrasings: string[];
  topicIds: number[];
  audience: Audience;
  state: ArticleState;
  authorId: number | null;
}

export interface ArticleSearchQuery {
  text: string;
  limit: number;
  visibility: ArticleVisibility;
  topicId?: number;
  audience?: Audience;
  /** Published articles only (suggestions while typing never offer drafts). */
  publishedOnly?: boolean;
}

/**
 * Full-text search over articles, inside the database on both engines (SQLite FTS5, PostgreSQL
 * tsvector), ranked the same way on both.
 */
export interface ArticleSearchIndex {
  index(article: IndexedArticle): Promise<void>;
  search(query: ArticleSearchQuery): Promise<ArticleHit[]>;
}

/**
 * Turns sentences into unit-length vectors whose dot product says how alike their meanings are, so a
 * search can find "crossed out text" under "strikethrough". Deterministic: the same text always gives
 * the same vector, whatever else is encoded with it.
 */
export interface SentenceEncoder {
  /** Names the model; vectors from different models are never compared. */
  readonly model: string;
  /** Length of every vector. */
  readonly dimensions: number;
  encode(texts: string[]): Promise<Float32Array[]>;
}
