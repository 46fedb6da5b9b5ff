import type { Kysely, Selectable } from "kysely";
import type { SavedRepliesRepository, SavedReply, SavedView, SavedViewsRepository } from "../../core/requests/saved-items.js";
import { AppError } from "../../core/shared/errors.js";
import type { Database, SavedRepliesTable } from "../schema.js";

export class KyselySavedViewsRepository implements SavedViewsRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async list(personId: number): Promise<SavedView[]> {
    const rows = await this.kysely.selectFrom("saved_views").selectAll().where("person_id", "=", personId).orderBy("name").execute();
    return rows.map((r) => ({ id: r.id, name: r.name, filters: JSON.parse(r.filters) as Record<string, string>, createdAt: r.created_at }));
  }

  async create(personId: number, view: { name: string; filters: Record<string, string> }, at: string): Promise<SavedView> {
    const row = await this.kysely
      .insertInto("saved_views")
      .values({ person_id: personId, name: view.name, filters: JSON.stringify(view.filters), created_at: at })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { id: row.id, name: view.name, filters: view.filters, createdAt: at };
  }

  async delete(personId: number, id: number): Promise<boolean> {
    const result = await this.kysely.deleteFrom("saved_views").where("id", "=", id).where("person_id", "=", personId).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

export class KyselySavedRepliesRepository implements SavedRepliesRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async list(): Promise<SavedReply[]> {
    return (await this.kysely.selectFrom("saved_replies").selectAll().orderBy("title").execute()).map(toReply);
  }

  async findById(id: number): Promise<SavedReply | null> {
    const row = await this.kysely.selectFrom("saved_replies").selectAll().where("id", "=", id).executeTakeFirst();
    return row ? toReply(row) : null;
  }

  async create(reply: { title: string; body: string; topicId: number | null; createdBy: number }, at: string): Promise<SavedReply> {
    const row = await this.kysely
      .insertInto("saved_replies")
      .values({ title: reply.title, body: reply.body, topic_id: reply.topicId, created_by: reply.createdBy, created_at: at, updated_at: at })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toReply(row);
  }

  async update(id: number, c: { title?: string; body?: string; topicId?: number | null }, at: string): Promise<SavedReply> {
    const row = await this.kysely
      .updateTable("saved_replies")
      .set({
        ...(c.title !== undefined && { title: c.title }),
        ...(c.body !== undefined && { body: c.body }),
        ...(c.topicId !== undefined && { topic_id: c.topicId }),
        updated_at: at,
      })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirst();
    if (!row) throw new AppError("SAVED_REPLY_NOT_FOUND", `Saved reply ${id} was not found.`);
    return toReply(row);
  }

  async delete(id: number): Promise<boolean> {
    const result = await this.kysely.deleteFrom("saved_replies").where("id", "=", id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}

const toReply = (r: Selectable<SavedRepliesTable>): SavedReply => ({
  id: r.id,
  title: r.title,
  body: r.body,
  topicId: r.topic_id,
  createdBy: r.created_by,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
