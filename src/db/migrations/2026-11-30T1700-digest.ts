import type { Kysely } from "kysely";

// Frozen: never edit after it lands. Add a new migration instead.

export async function up(db: Kysely<any>): Promise<void> {
  // Leaders who asked for the monthly insights digest (opt-in).
  await db.schema
    .createTable("digest_subscriptions")
    .addColumn("person_id", "integer", (c) => c.primaryKey().references("people.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("digest_subscriptions").execute();
}
