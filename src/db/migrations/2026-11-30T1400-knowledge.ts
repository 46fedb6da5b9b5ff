import { type Kysely, PostgresAdapter } from "kysely";

// Frozen: never edit after it lands. Add a new migration instead.
// Search indexes for articles live in their own migration (one per engine's full-text feature).

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = pg ? "serial" : "integer";
  const pk = (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable("articles")
    .addColumn("id", id, pk)
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("audience", "text", (c) => c.notNull())
    .addColumn("author_id", "integer", (c) => c.references("people.id"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("views", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("helped_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("not_helped_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("validated_by", "integer", (c) => c.references("people.id"))
    .addColumn("validated_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("articles_state_idx").on("articles").columns(["state", "audience"]).execute();

  await db.schema
    .createTable("article_versions")
    .addColumn("id", id, pk)
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("author_id", "integer", (c) => c.references("people.id"))
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("article_versions_uq", ["article_id", "version"])
    .execute();

  await db.schema
    .createTable("article_topics")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addColumn("topic_id", "integer", (c) => c.notNull().references("topics.id"))
    .addPrimaryKeyConstraint("article_topics_pk", ["article_id", "topic_id"])
    .execute();
  await db.schema.createIndex("article_topics_topic_idx").on("article_topics").column("topic_id").execute();

  // solved_by / referenced / created_from (KCS links), and viewed: read before "I still need help".
  await db.schema
    .createTable("article_links")
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id"))
    .addColumn("request_id", "integer", (c) => c.notNull().references("requests.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("created_by", "integer", (c) => c.references("people.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("article_links_pk", ["article_id", "request_id", "kind"])
    .execute();
  await db.schema.createIndex("article_links_request_idx").on("article_links").column("request_id").execute();

  await db.schema
    .createTable("article_feedback")
    .addColumn("id", id, pk)
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id"))
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id"))
    .addColumn("helped", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("article_feedback_article_idx").on("article_feedback").column("article_id").execute();

  // A deflection: someone left through "this solved it" instead of asking. Never a request.
  await db.schema
    .createTable("deflections")
    .addColumn("id", id, pk)
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id"))
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("deflections_time_idx").on("deflections").column("created_at").execute();

  // The requester's own words that ended in "this solved it", kept with the article (KCS: capture their words).
  await db.schema
    .createTable("article_phrasings")
    .addColumn("id", id, pk)
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id"))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("article_phrasings_article_idx").on("article_phrasings").column("article_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["article_phrasings", "deflections", "article_feedback", "article_links", "article_topics", "article_versions", "articles"]) {
    await db.schema.dropTable(table).execute();
  }
}
