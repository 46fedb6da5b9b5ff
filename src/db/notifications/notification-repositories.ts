import type { Kysely } from "kysely";
import type { Db } from "../dialect.js";
import type { Database } from "../schema.js";
import { KyselyEventFeed } from "./event-feed.repository.js";
import { KyselyMailOutbox } from "./mail-outbox.repository.js";
import { KyselyNotificationDirectory } from "./notification-directory.repository.js";
import { KyselyNotificationsRepository } from "./notifications.repository.js";

/** The notification repositories bound to one connection or transaction. */
export function notificationRepositoriesFor(kysely: Kysely<Database>, db: Pick<Db, "capabilities">) {
  return {
    notifications: new KyselyNotificationsRepository(kysely),
    outbox: new KyselyMailOutbox(kysely, db),
    feed: new KyselyEventFeed(kysely, db),
    directory: new KyselyNotificationDirectory(kysely, db),
  };
}

export type NotificationRepositories = ReturnType<typeof notificationRepositoriesFor>;
