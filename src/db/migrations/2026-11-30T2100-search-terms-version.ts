import { type Kysely, PostgresAdapter, sql } from "kysely";

// Frozen: never edit after it lands. Add a new migration instead.
// Each search document's analysed terms get a version, a fresh random id on every write, so each node can
// keep candidates' terms in memory and a search reads ids and versions instead of a hundred bodies' terms.
// Stop nodes running older code before migrating: they would rewrite terms without a new version (new nodes
// never remember rows without one, but would keep a version an old node left unchanged).
// The index as a whole gets `terms_revision`, a fresh random id on any write, so each node knows when to
// learn again the words people use for titles (learned-words.ts).
// On PostgreSQL, two changes for the candidate query, which ranks every matching document:
// - the tsvector is kept in the row (storage MAIN), not moved out to the TOAST table with the long texts,
//   so ranking reads one page per document instead of four or five (3.8 → 1.9 ms at 1,000 articles);
// - the GIN index stops using its pending list ("fast update"), an unsorted list that every search had to
//   scan and that grows with each article saved and phrasing learned until a vacuum merges it. Articles are
//   written rarely and searched constantly, so writes pay instead.

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema.alterTable("article_search_documents").addColumn("terms_version", "text", (c) => c.notNull().defaultTo("")).execute();
  await sql`UPDATE article_search_documents SET terms_version = ${pg ? sql`gen_random_uuid()::text` : sql`lower(hex(randomblob(16)))`}`.execute(db);
  await db.schema.alterTable("article_search_totals").addColumn("terms_revision", "text", (c) => c.notNull().defaultTo("")).execute();
  await sql`UPDATE article_search_totals SET terms_revision = ${pg ? sql`gen_random_uuid()::text` : sql`lower(hex(randomblob(16)))`}`.execute(db);
  if (pg) {
    await sql`ALTER TABLE article_search_documents ALTER COLUMN search_vector SET STORAGE MAIN`.execute(db);
    // Existing values move into their rows when written again.
    await sql`UPDATE article_search_documents SET search_vector = search_vector || ''::tsvector`.execute(db);
    await sql`ALTER INDEX article_search_documents_vector_idx SET (fastupdate = off)`.execute(db);
    await sql`SELECT gin_clean_pending_list('article_search_documents_vector_idx'::regclass)`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`ALTER INDEX article_search_documents_vector_idx RESET (fastupdate)`.execute(db);
    await sql`ALTER TABLE article_search_documents ALTER COLUMN search_vector SET STORAGE EXTENDED`.execute(db);
  }
  await db.schema.alterTable("article_search_totals").dropColumn("terms_revision").execute();
  await db.schema.alterTable("article_search_documents").dropColumn("terms_version").execute();
}
