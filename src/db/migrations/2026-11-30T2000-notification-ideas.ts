import type { Kysely } from "kysely";

// Frozen: never edit after it lands. Add a new migration instead.
// Notifications about ideas (a comment, a status change, a new mentor) point at the idea, as request
// notifications point at their request. One of request_id and idea_id is set.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("notifications").addColumn("idea_id", "integer", (c) => c.references("ideas.id").onDelete("cascade")).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("notifications").dropColumn("idea_id").execute();
}
