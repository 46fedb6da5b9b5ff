import { type Kysely, PostgresAdapter } from "kysely";

// Frozen: never edit after it lands. Add a new migration instead.

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = pg ? "serial" : "integer";
  const pk = (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable("skills")
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("topic_id", "integer", (c) => c.notNull().references("topics.id"))
    .addColumn("level", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("endorsed_by", "integer", (c) => c.references("people.id"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("skills_pk", ["person_id", "topic_id"])
    .execute();
  await db.schema.createIndex("skills_topic_idx").on("skills").columns(["topic_id", "level"]).execute();

  await db.schema
    .createTable("interests")
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("topic_id", "integer", (c) => c.notNull().references("topics.id"))
    .addPrimaryKeyConstraint("interests_pk", ["person_id", "topic_id"])
    .execute();

  await db.schema
    .createTable("helper_profiles")
    .addColumn("person_id", "integer", (c) => c.primaryKey().references("people.id").onDelete("cascade"))
    .addColumn("days", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("hours_per_week", "integer")
    .addColumn("open_cap", "integer", (c) => c.notNull().defaultTo(5))
    .addColumn("away", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("bio", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  // Per topic: who may see its community questions (people with the skill, or everyone), and auto-assign.
  await db.schema.alterTable("topics").addColumn("community_audience", "text", (c) => c.notNull().defaultTo("skilled")).execute();
  await db.schema.alterTable("topics").addColumn("auto_assign", "integer", (c) => c.notNull().defaultTo(0)).execute();

  // Community questions, helper groups (the student tech team), staff-only requests, pairing and time spent.
  await db.schema.alterTable("requests").addColumn("community", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("requests").addColumn("staff_only", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("requests").addColumn("group_id", "integer").execute();
  await db.schema.alterTable("requests").addColumn("mentor_id", "integer").execute();
  await db.schema.alterTable("requests").addColumn("accepted_message_id", "integer").execute();
  await db.schema.alterTable("requests").addColumn("minutes_spent", "integer").execute();
  await db.schema.createIndex("requests_community_idx").on("requests").columns(["community", "status"]).execute();
  await db.schema.createIndex("requests_group_idx").on("requests").columns(["group_id", "status"]).execute();

  await db.schema
    .createTable("helper_groups")
    .addColumn("id", id, pk)
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("group_members")
    .addColumn("group_id", "integer", (c) => c.notNull().references("helper_groups.id").onDelete("cascade"))
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    // member | supervisor
    .addColumn("role", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("group_members_pk", ["group_id", "person_id"])
    .execute();
  await db.schema.createIndex("group_members_person_idx").on("group_members").column("person_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("group_members").execute();
  await db.schema.dropTable("helper_groups").execute();
  for (const column of ["minutes_spent", "accepted_message_id", "mentor_id", "group_id", "staff_only", "community"]) {
    await db.schema.alterTable("requests").dropColumn(column).execute();
  }
  await db.schema.alterTable("topics").dropColumn("auto_assign").execute();
  await db.schema.alterTable("topics").dropColumn("community_audience").execute();
  for (const table of ["helper_profiles", "interests", "skills"]) await db.schema.dropTable(table).execute();
}
