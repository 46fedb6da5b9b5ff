import type { HelpRequest, Message } from "../requests/requests.types.js";
import type { Page } from "../people/people.types.js";
import type { IdeaScope } from "../growth/ideas/ideas.ports.js";
import type { Addressee, IdeaSubject, NewMail, NewNotification, NotificationItem, StoredEvent } from "./notifications.types.js";

/** The event log read in id order, with the dispatcher's position in it. */
export interface EventFeed {
  /** Reads the cursor, locking it for this transaction where the engine can, so nodes take turns. */
  lockCursor(): Promise<number>;
  setCursor(lastEventId: number): Promise<void>;
  after(eventId: number, limit: number): Promise<StoredEvent[]>;
}

/** What the dispatcher looks up about the people and things an event touches. */
export interface NotificationDirectory {
  request(id: number): Promise<HelpRequest | null>;
  message(id: number): Promise<Message | null>;
  idea(id: number): Promise<IdeaSubject | null>;
  addressees(ids: readonly number[]): Promise<Addressee[]>;
  activeTechTeam(): Promise<number[]>;
  /** For a repeat asker on a topic (2+ requests in 90 days), the next training on it; otherwise null. */
  nextTrainingFor(personId: number, topicId: number, now: Date): Promise<{ id: number; title: string; startsAt: string } | null>;
}

export interface NotificationsRepository {
  /** Inserts, skipping any (person, event) pair already stored; answers how many were new. */
  addMany(notifications: NewNotification[]): Promise<number>;
  /** The person's notifications; an idea the scope does not reach comes back without its id and title. */
  list(personId: number, options: { unreadOnly: boolean; ideaScope: IdeaScope; cursor?: string; limit: number }): Promise<Page<NotificationItem>>;
  unreadCount(personId: number): Promise<number>;
  /** False when the notification doesn't exist or isn't the person's. */
  markRead(personId: number, id: number, now: string): Promise<boolean>;
  markAllRead(personId: number, now: string): Promise<void>;
}

export interface MailOutbox {
  /** Queues mail, skipping any (event, person) pair already queued; answers how many were new. */
  enqueue(mails: NewMail[]): Promise<number>;
}

/** A queued email claimed for sending. */
export interface OutboxMail {
  id: number;
  to: string;
  subject: string;
  text: string;
  html: string;
  attempts: number;
}

/**
 * Outbox rows `status`: `pending` (due at `next_attempt_at`), `sent`, `failed` (gave up after the last
 * retry) or `logged` (no SMTP_URL: written to the log instead and kept, never sent later).
 */
export type OutboxStatus = "pending" | "sent" | "failed" | "logged";

/** The sending side of the outbox. */
export interface MailQueue {
  /**
   * Claims up to `limit` due rows by stamping `locked_until`, in one statement, so two nodes never
   * send the same row; a claim that is never settled expires and the row is retried.
   */
  claimDue(now: string, lockUntil: string, limit: number): Promise<OutboxMail[]>;
  settle(id: number, outcome: { status: OutboxStatus; attempts: number; nextAttemptAt?: string; error?: string | null; sentAt?: string | null }): Promise<void>;
}
