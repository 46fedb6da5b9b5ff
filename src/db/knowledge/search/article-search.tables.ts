/** Row types of the search index tables (migration 2026-11-30T1410-article-search). */
export interface ArticleSearchDocumentsTable {
  article_id: number;
  title: string;
  body_text: string;
  /** Analysed terms, space-separated. */
  title_terms: string;
  body_terms: string;
  phrasing_terms: string;
  title_length: number;
  body_length: number;
  phrasing_length: number;
  audience: string;
  state: string;
  author_id: number | null;
  /** A fresh random id whenever the terms are written (migration 2026-11-30T2100-search-terms-version). */
  terms_version: string;
}

export interface ArticleSearchTopicsTable {
  article_id: number;
  topic_id: number;
}

export interface ArticleSearchTermsTable {
  term: string;
  df: number;
}

export interface ArticleSearchTotalsTable {
  id: number;
  documents: number;
  title_length: number | string;
  body_length: number | string;
  phrasing_length: number | string;
  /** Changes whenever any article vector does (migration 2026-11-30T1900-article-vectors). */
  vector_revision: string;
  /** Changes whenever any document does (migration 2026-11-30T2100-search-terms-version). */
  terms_revision: string;
}

/** A sentence vector of an article's title (position 0) or of one learned phrasing. */
export interface ArticleSearchVectorsTable {
  article_id: number;
  position: number;
  text: string;
  model: string;
  /** Float32 values, little-endian. */
  vector: Uint8Array;
}

export type SearchTables = {
  article_search_documents: ArticleSearchDocumentsTable;
  article_search_topics: ArticleSearchTopicsTable;
  article_search_terms: ArticleSearchTermsTable;
  article_search_totals: ArticleSearchTotalsTable;
  article_search_vectors: ArticleSearchVectorsTable;
};
