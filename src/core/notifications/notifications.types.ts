/**
 * What a notification is about; also its in-app label key and the email template it uses.
 * `request_received` is the requester's own confirmation email and never appears in the app.
 */
export const NOTIFICATION_TYPES = [
  "request_created",
  "request_received",
  "request_assigned",
  "helper_assigned",
  "reply_added",
  "note_added",
  "mentioned",
  "request_waiting",
  "request_resolved",
  "answer_accepted",
  "idea_commented",
  "idea_status_changed",
  "idea_mentor_added",
  "idea_mentor_joined",
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];
export type IdeaNotificationType = Extract<NotificationType, `idea_${string}`>;
export type RequestNotificationType = Exclude<NotificationType, IdeaNotificationType>;

/** One recorded event as the dispatcher reads it (the `events` table, data parsed). */
export interface StoredEvent {
  id: number;
  type: string;
  actorId: number | null;
  subjectType: string;
  subjectId: number;
  data: Record<string, unknown>;
  at: string;
}

/** Who hears about an event, how, and under which type. */
export interface Recipient<T extends NotificationType = NotificationType> {
  personId: number;
  type: T;
  inApp: boolean;
  email: boolean;
}

/** An in-app notification as the person's list shows it: about a request or about an idea. */
export interface NotificationItem {
  id: number;
  type: NotificationType;
  requestId: number | null;
  requestTitle: string | null;
  ideaId: number | null;
  ideaTitle: string | null;
  actorName: string | null;
  createdAt: string;
  readAt: string | null;
}

export interface NewNotification {
  personId: number;
  eventId: number;
  type: NotificationType;
  requestId: number | null;
  ideaId: number | null;
  createdAt: string;
}

/** An idea as its notification rules and mail need it. */
export interface IdeaSubject {
  id: number;
  title: string;
  ownerId: number;
  mentorIds: number[];
}

/** A rendered email waiting in the outbox. */
export interface NewMail {
  eventId: number;
  personId: number;
  to: string;
  subject: string;
  text: string;
  html: string;
  createdAt: string;
}

/** A person as notifications need them: whom to address, and whether they still get anything. */
export interface Addressee {
  id: number;
  name: string;
  email: string;
  active: boolean;
}
