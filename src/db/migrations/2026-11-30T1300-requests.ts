import { type Kysely, PostgresAdapter } from "kysely";

// Frozen: never edit after it lands. Add a new migration instead.

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const id = pg ? "serial" : "integer";
  const pk = (c: any) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement());

  await db.schema
    .createTable("requests")
    .addColumn("id", id, pk)
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("tried", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("requester_id", "integer", (c) => c.notNull().references("people.id"))
    .addColumn("topic_id", "integer", (c) => c.notNull().references("topics.id"))
    .addColumn("requested_mode", "text", (c) => c.notNull())
    .addColumn("mode", "text", (c) => c.notNull())
    .addColumn("suggested_mode", "text")
    .addColumn("suggested_confidence", "real")
    .addColumn("suggested_reasons", "text")
    .addColumn("nature", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("urgency", "text", (c) => c.notNull())
    .addColumn("urgency_rank", "integer", (c) => c.notNull())
    .addColumn("campus_id", "integer", (c) => c.references("campuses.id"))
    .addColumn("device", "text")
    .addColumn("assignee_id", "integer", (c) => c.references("people.id"))
    .addColumn("resolver_id", "integer", (c) => c.references("people.id"))
    .addColumn("resolution_kind", "text")
    .addColumn("self_reliance", "text")
    .addColumn("satisfaction", "integer")
    .addColumn("merged_into_id", "integer", (c) => c.references("requests.id"))
    .addColumn("version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("first_response_at", "text")
    .addColumn("resolved_at", "text")
    .addColumn("closed_at", "text")
    .execute();
  for (const [name, columns] of [
    ["requests_requester_idx", ["requester_id", "created_at"]],
    ["requests_assignee_idx", ["assignee_id", "status"]],
    ["requests_status_idx", ["status", "created_at"]],
    ["requests_topic_idx", ["topic_id", "created_at"]],
    ["requests_created_idx", ["created_at"]],
    ["requests_resolved_idx", ["resolved_at"]],
  ] as const) {
    await db.schema.createIndex(name).on("requests").columns([...columns]).execute();
  }

  await db.schema
    .createTable("request_messages")
    .addColumn("id", id, pk)
    .addColumn("request_id", "integer", (c) => c.notNull().references("requests.id"))
    .addColumn("author_id", "integer", (c) => c.notNull().references("people.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("internal", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("mentions", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("request_messages_request_idx").on("request_messages").columns(["request_id", "id"]).execute();

  await db.schema
    .createTable("request_attachments")
    .addColumn("id", id, pk)
    .addColumn("request_id", "integer", (c) => c.notNull().references("requests.id"))
    .addColumn("uploader_id", "integer", (c) => c.notNull().references("people.id"))
    .addColumn("filename", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("data", pg ? "bytea" : "blob", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("request_attachments_request_idx").on("request_attachments").column("request_id").execute();

  await db.schema
    .createTable("mode_examples")
    .addColumn("id", id, pk)
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("mode", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("request_id", "integer", (c) => c.references("requests.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("saved_views")
    .addColumn("id", id, pk)
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("filters", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("saved_views_person_idx").on("saved_views").column("person_id").execute();

  await db.schema
    .createTable("saved_replies")
    .addColumn("id", id, pk)
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("topic_id", "integer", (c) => c.references("topics.id"))
    .addColumn("created_by", "integer", (c) => c.notNull().references("people.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("notifications")
    .addColumn("id", id, pk)
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("event_id", "integer", (c) => c.notNull().references("events.id"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("request_id", "integer", (c) => c.references("requests.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("read_at", "text")
    .addUniqueConstraint("notifications_person_event_uq", ["person_id", "event_id"])
    .execute();
  await db.schema.createIndex("notifications_person_idx").on("notifications").columns(["person_id", "id"]).execute();

  await db.schema
    .createTable("mail_outbox")
    .addColumn("id", id, pk)
    .addColumn("event_id", "integer", (c) => c.references("events.id"))
    .addColumn("person_id", "integer", (c) => c.references("people.id"))
    .addColumn("to_address", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("text_body", "text", (c) => c.notNull())
    .addColumn("html_body", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("locked_until", "text")
    .addColumn("last_error", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addUniqueConstraint("mail_outbox_event_person_uq", ["event_id", "person_id"])
    .execute();
  await db.schema.createIndex("mail_outbox_due_idx").on("mail_outbox").columns(["status", "next_attempt_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ["mail_outbox", "notifications", "saved_replies", "saved_views", "mode_examples", "request_attachments", "request_messages", "requests"]) {
    await db.schema.dropTable(table).execute();
  }
}
