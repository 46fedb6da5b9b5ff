import type { Kysely } from "kysely";
import type { NotificationsRepository } from "../../core/notifications/notifications.ports.js";
import type { NewNotification, NotificationType, StoredNotification } from "../../core/notifications/notifications.types.js";
import type { Page } from "../../core/people/people.types.js";
import type { Database } from "../schema.js";
import { decodeCursor, toPage } from "../shared/cursor.js";

/** In-app notifications; at most one per person per event (a unique key, so racing dispatchers can't duplicate). */
export class KyselyNotificationsRepository implements NotificationsRepository {
  constructor(private readonly kysely: Kysely<Database>) {}

  async addMany(notifications: NewNotification[]): Promise<number> {
    if (notifications.length === 0) return 0;
    const rows = await this.kysely
      .insertInto("notifications")
      .values(notifications.map((n) => ({ person_id: n.personId, event_id: n.eventId, type: n.type, request_id: n.requestId, idea_id: n.ideaId, created_at: n.createdAt, read_at: null })))
      .onConflict((oc) => oc.columns(["person_id", "event_id"]).doNothing())
      .returning("id")
      .execute();
    return rows.length;
  }

  async list(personId: number, options: { unreadOnly: boolean; cursor?: string; limit: number }): Promise<Page<StoredNotification>> {
    const before = decodeCursor(options.cursor);
    let query = this.kysely
      .selectFrom("notifications as n")
      .innerJoin("events as e", "e.id", "n.event_id")
      .leftJoin("requests as r", "r.id", "n.request_id")
      .leftJoin("ideas as i", "i.id", "n.idea_id")
      .leftJoin("people as owner", "owner.id", "i.owner_id")
      .leftJoin("people as a", "a.id", "e.actor_id")
      .select(["n.id", "n.type", "n.request_id", "r.title", "n.idea_id", "i.title as idea_title", "i.owner_id", "owner.kind as owner_kind", "a.name", "n.created_at", "n.read_at"])
      .where("n.person_id", "=", personId)
      .orderBy("n.id", "desc")
      .limit(options.limit + 1);
    if (options.unreadOnly) query = query.where("n.read_at", "is", null);
    if (before !== null) query = query.where("n.id", "<", before);
    const rows = await query.execute();
    const ideaIds = [...new Set(rows.flatMap((row) => (row.idea_id === null ? [] : [row.idea_id])))];
    const mentors = ideaIds.length ? await this.kysely.selectFrom("idea_mentors").select(["idea_id", "person_id"]).where("idea_id", "in", ideaIds).execute() : [];
    return toPage(
      rows.map((row) => ({
        id: row.id,
        type: row.type as NotificationType,
        requestId: row.request_id,
        requestTitle: row.title,
        ideaId: row.idea_id,
        ideaTitle: row.idea_title,
        actorName: row.name,
        createdAt: row.created_at,
        readAt: row.read_at,
        ideaAccess:
          row.idea_id === null || row.owner_id === null
            ? null
            : { ownerId: row.owner_id, ownerKind: row.owner_kind ?? "", mentors: mentors.filter((m) => m.idea_id === row.idea_id).map((m) => ({ personId: m.person_id })) },
      })),
      options.limit,
    );
  }

  async unreadCount(personId: number): Promise<number> {
    const row = await this.kysely
      .selectFrom("notifications")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("person_id", "=", personId)
      .where("read_at", "is", null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async markRead(personId: number, id: number, now: string): Promise<boolean> {
    const result = await this.kysely
      .updateTable("notifications")
      .set((eb) => ({ read_at: eb.fn.coalesce("read_at", eb.val(now)) }))
      .where("id", "=", id)
      .where("person_id", "=", personId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async markAllRead(personId: number, now: string): Promise<void> {
    await this.kysely.updateTable("notifications").set({ read_at: now }).where("person_id", "=", personId).where("read_at", "is", null).execute();
  }
}
