import { type Kysely, PostgresAdapter, sql } from "kysely";

// Frozen: never edit after it lands. Add a new migration instead.
// The article search index: one row per article holding its analysed terms (stems written by the
// app's own analyser, so both engines see identical terms), filter columns, corpus statistics for
// ranking, and each engine's full-text structure (FTS5 table on SQLite, tsvector + GIN on PostgreSQL).

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;

  await db.schema
    .createTable("article_search_documents")
    .addColumn("article_id", "integer", (c) => c.primaryKey().references("articles.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body_text", "text", (c) => c.notNull())
    .addColumn("title_terms", "text", (c) => c.notNull())
    .addColumn("body_terms", "text", (c) => c.notNull())
    .addColumn("phrasing_terms", "text", (c) => c.notNull())
    .addColumn("title_length", "integer", (c) => c.notNull())
    .addColumn("body_length", "integer", (c) => c.notNull())
    .addColumn("phrasing_length", "integer", (c) => c.notNull())
    .addColumn("audience", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("author_id", "integer")
    .execute();
  await db.schema.createIndex("article_search_documents_filter_idx").on("article_search_documents").columns(["state", "audience"]).execute();

  await db.schema
    .createTable("article_search_topics")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("topic_id", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("article_search_topics_pk", ["article_id", "topic_id"])
    .execute();
  await db.schema.createIndex("article_search_topics_topic_idx").on("article_search_topics").column("topic_id").execute();

  // Document frequency per term (any field), for idf, typo correction and prefix expansion. On PostgreSQL
  // the C collation keeps range scans (`term >= 'chromeb' AND term < 'chromec'`) byte-ordered like SQLite's.
  await db.schema
    .createTable("article_search_terms")
    .addColumn("term", pg ? sql`text COLLATE "C"` : "text", (c) => c.primaryKey())
    .addColumn("df", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("article_search_totals")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("documents", "integer", (c) => c.notNull())
    .addColumn("title_length", "bigint", (c) => c.notNull())
    .addColumn("body_length", "bigint", (c) => c.notNull())
    .addColumn("phrasing_length", "bigint", (c) => c.notNull())
    .execute();
  await db.insertInto("article_search_totals").values({ id: 1, documents: 0, title_length: 0, body_length: 0, phrasing_length: 0 }).execute();

  if (pg) {
    await sql`ALTER TABLE article_search_documents ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector`.execute(db);
    await sql`CREATE INDEX article_search_documents_vector_idx ON article_search_documents USING GIN (search_vector)`.execute(db);
  } else {
    // rowid = article id; columns hold the analysed term strings.
    await sql`CREATE VIRTUAL TABLE article_search_fts USING fts5(title, body, phrasings, tokenize = 'unicode61')`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) await sql`DROP TABLE article_search_fts`.execute(db);
  for (const table of ["article_search_totals", "article_search_terms", "article_search_topics", "article_search_documents"]) {
    await db.schema.dropTable(table).execute();
  }
}
