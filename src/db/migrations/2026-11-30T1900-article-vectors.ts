import { type Kysely, PostgresAdapter } from "kysely";

// Frozen: never edit after it lands. Add a new migration instead.
// Sentence vectors for semantic search: one per article title and learned phrasing (position 0 is the
// title), with the text they were made from (unchanged texts are not encoded again) and the model that
// made them. `vector_revision` changes whenever any vector does, so every node knows when to reload.

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema
    .createTable("article_search_vectors")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("model", "text", (c) => c.notNull())
    .addColumn("vector", pg ? "bytea" : "blob", (c) => c.notNull())
    .addPrimaryKeyConstraint("article_search_vectors_pk", ["article_id", "position"])
    .execute();
  await db.schema.alterTable("article_search_totals").addColumn("vector_revision", "text", (c) => c.notNull().defaultTo("")).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("article_search_totals").dropColumn("vector_revision").execute();
  await db.schema.dropTable("article_search_vectors").execute();
}
