import type { Kysely } from "kysely";
import type { NotificationsRepository } from "../../core/notifications/notifications.ports.js";
import type { IdeaScope } from "../../core/growth/ideas/ideas.ports.js";
import type { NewNotification, NotificationItem, NotificationType } from "../../core/notifications/notifications.types.js";
import type { Page } from "../../core/people/people.types.js";
import type { Database } from "../schema.js";
import { decodeCursor, toPage } from "../shared/cursor.js";
import { ideaVisibleTo } from "../growth/ideas/idea-visibility.js";

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

  async list(personId: number, options: { unreadOnly: boolean; ideaScope: IdeaScope; cursor?: string; limit: number }): Promise<Page<NotificationItem>> {
    const before = decodeCursor(options.cursor);
    let query = this.kysely
      .selectFrom("notifications as n")
      .innerJoin("events as e", "e.id", "n.event_id")
      .leftJoin("requests as r", "r.id", "n.request_id")
      .leftJoin("ideas as i", "i.id", "n.idea_id")
      .leftJoin("people as owner", "owner.id", "i.owner_id")
      .leftJoin("people as a", "a.id", "e.actor_id")
      .select(["n.id", "n.type", "n.request_id", "r.title", "n.idea_id", "i.title as idea_title", "a.name", "n.created_at", "n.read_at"])
      // One about an idea the reader may no longer see (a student mentor taken off a student's idea) keeps its
      // place but loses the idea's id and title.
      .select(ideaVisibleTo(options.ideaScope, { id: "i.id", ownerId: "i.owner_id", ownerKind: "owner.kind" }).as("idea_visible"))
      .where("n.person_id", "=", personId)
      .orderBy("n.id", "desc")
      .limit(options.limit + 1);
    if (options.unreadOnly) query = query.where("n.read_at", "is", null);
    if (before !== null) query = query.where("n.id", "<", before);
    const rows = await query.execute();
    return toPage(
      rows.map((row) => {
        const ideaVisible = Boolean(row.idea_visible);
        return {
          id: row.id,
          type: row.type as NotificationType,
          requestId: row.request_id,
          requestTitle: row.title,
          ideaId: ideaVisible ? row.idea_id : null,
          ideaTitle: ideaVisible ? row.idea_title : null,
          actorName: row.name,
          createdAt: row.created_at,
          readAt: row.read_at,
        };
      }),
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
