import { type Kysely, PostgresAdapter } from "kysely";

// Frozen: never edit after it lands. Add a new migration instead.

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = pg ? "serial" : "integer";
  const pk = (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable("trainings")
    .addColumn("id", id, pk)
    .addColumn("topic_id", "integer", (c) => c.notNull().references("topics.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("facilitator_id", "integer", (c) => c.notNull().references("people.id"))
    .addColumn("campus_id", "integer", (c) => c.references("campuses.id"))
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("duration_minutes", "integer", (c) => c.notNull())
    .addColumn("place", "text")
    .addColumn("video_url", "text")
    .addColumn("capacity", "integer", (c) => c.notNull())
    // scheduled | cancelled
    .addColumn("status", "text", (c) => c.notNull().defaultTo("scheduled"))
    .addColumn("created_by", "integer", (c) => c.notNull().references("people.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("trainings_starts_idx").on("trainings").columns(["starts_at"]).execute();
  await db.schema.createIndex("trainings_topic_idx").on("trainings").columns(["topic_id", "starts_at"]).execute();

  await db.schema
    .createTable("training_materials")
    .addColumn("training_id", "integer", (c) => c.notNull().references("trainings.id").onDelete("cascade"))
    .addColumn("article_id", "integer", (c) => c.notNull().references("articles.id").onDelete("cascade"))
    .addPrimaryKeyConstraint("training_materials_pk", ["training_id", "article_id"])
    .execute();

  await db.schema
    .createTable("enrolments")
    .addColumn("training_id", "integer", (c) => c.notNull().references("trainings.id").onDelete("cascade"))
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    // enrolled | waiting | cancelled
    .addColumn("status", "text", (c) => c.notNull())
    // Place on the wait list (1 = next to move up); null unless waiting.
    .addColumn("position", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("attended", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("attendance_marked_at", "text")
    .addPrimaryKeyConstraint("enrolments_pk", ["training_id", "person_id"])
    .execute();
  await db.schema.createIndex("enrolments_person_idx").on("enrolments").columns(["person_id", "status"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("enrolments").execute();
  await db.schema.dropTable("training_materials").execute();
  await db.schema.dropTable("trainings").execute();
}
