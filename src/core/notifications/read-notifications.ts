import type { Clock } from "../people/people.ports.js";
import type { Actor, Page } from "../people/people.types.js";
import { ideaScopeOf } from "../growth/ideas/idea-rules.js";
import { AppError } from "../shared/errors.js";
import type { NotificationsRepository } from "./notifications.ports.js";
import type { NotificationItem } from "./notifications.types.js";

type Deps = { notifications: NotificationsRepository };

/**
 * A person's own notifications, newest first. One about an idea they may no longer see (a student mentor
 * taken off a student's idea) keeps its place but loses the idea's id and title.
 */
export function listNotifications(deps: Deps, actor: Actor, input: { unread?: boolean; cursor?: string; limit: number }): Promise<Page<NotificationItem>> {
  return deps.notifications.list(actor.id, { unreadOnly: input.unread === true, ideaScope: ideaScopeOf(actor), cursor: input.cursor, limit: input.limit });
}

/** The badge number. */
export function countUnread(deps: Deps, actor: Actor): Promise<number> {
  return deps.notifications.unreadCount(actor.id);
}

/** Marks one of the person's notifications read; someone else's answers NOTIFICATION_NOT_FOUND, like a missing one. */
export async function markNotificationRead(deps: Deps & { clock: Clock }, actor: Actor, id: number): Promise<void> {
  const found = await deps.notifications.markRead(actor.id, id, deps.clock.now().toISOString());
  if (!found) throw new AppError("NOTIFICATION_NOT_FOUND", `Notification ${id} was not found.`);
}

export async function markAllNotificationsRead(deps: Deps & { clock: Clock }, actor: Actor): Promise<void> {
  await deps.notifications.markAllRead(actor.id, deps.clock.now().toISOString());
}
