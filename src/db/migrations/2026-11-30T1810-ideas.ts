import { type Kysely, PostgresAdapter } from "kysely";

// Frozen: never edit after it lands. Add a new migration instead.

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = pg ? "serial" : "integer";
  const pk = (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable("ideas")
    .addColumn("id", id, pk)
    .addColumn("owner_id", "integer", (c) => c.notNull().references("people.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("pitch", "text", (c) => c.notNull())
    .addColumn("goals", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("timeline", "text", (c) => c.notNull().defaultTo(""))
    // Comma list of mentoring | training | resources | approval
    .addColumn("support_needed", "text", (c) => c.notNull().defaultTo(""))
    // proposed | supported | in_progress | shipped | paused
    .addColumn("status", "text", (c) => c.notNull())
    // The status it was paused from, so resuming can offer "back to where it was".
    .addColumn("paused_from", "text")
    .addColumn("request_id", "integer", (c) => c.references("requests.id").unique())
    .addColumn("copied_from_id", "integer", (c) => c.references("ideas.id"))
    .addColumn("campus_id", "integer", (c) => c.references("campuses.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("shipped_at", "text")
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex("ideas_status_idx").on("ideas").columns(["status", "id"]).execute();
  await db.schema.createIndex("ideas_owner_idx").on("ideas").columns(["owner_id", "id"]).execute();

  await db.schema
    .createTable("idea_topics")
    .addColumn("idea_id", "integer", (c) => c.notNull().references("ideas.id").onDelete("cascade"))
    .addColumn("topic_id", "integer", (c) => c.notNull().references("topics.id"))
    .addPrimaryKeyConstraint("idea_topics_pk", ["idea_id", "topic_id"])
    .execute();
  await db.schema.createIndex("idea_topics_topic_idx").on("idea_topics").column("topic_id").execute();

  await db.schema
    .createTable("idea_mentors")
    .addColumn("idea_id", "integer", (c) => c.notNull().references("ideas.id").onDelete("cascade"))
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("added_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("idea_mentors_pk", ["idea_id", "person_id"])
    .execute();
  await db.schema.createIndex("idea_mentors_person_idx").on("idea_mentors").column("person_id").execute();

  await db.schema
    .createTable("idea_milestones")
    .addColumn("id", id, pk)
    .addColumn("idea_id", "integer", (c) => c.notNull().references("ideas.id").onDelete("cascade"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("due_on", "text")
    .addColumn("done_at", "text")
    .addColumn("position", "integer", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("idea_milestones_idea_idx").on("idea_milestones").columns(["idea_id", "position"]).execute();

  await db.schema
    .createTable("idea_updates")
    .addColumn("id", id, pk)
    .addColumn("idea_id", "integer", (c) => c.notNull().references("ideas.id").onDelete("cascade"))
    .addColumn("author_id", "integer", (c) => c.notNull().references("people.id"))
    // comment | check_in
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("idea_updates_idea_idx").on("idea_updates").columns(["idea_id", "id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["idea_updates", "idea_milestones", "idea_mentors", "idea_topics", "ideas"]) await db.schema.dropTable(table).execute();
}
