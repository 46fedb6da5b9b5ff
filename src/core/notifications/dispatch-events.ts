import type { Clock } from "../people/people.ports.js";
import { ideaRecipientsFor, recipientsFor } from "./notification-rules.js";
import { type RenderedMail, renderIdeaMail, renderMail } from "./notification-mail.js";
import type { EventFeed, MailOutbox, NotificationDirectory, NotificationsRepository } from "./notifications.ports.js";
import type { Addressee, NewMail, NewNotification, NotificationType, Recipient, StoredEvent } from "./notifications.types.js";

export interface DispatchOptions {
  publicUrl: string;
  batchSize?: number;
  /**
   * Events older than this when first seen are skipped, not notified. The cursor starts at 0 on a new
   * install, so without it the demo seed's year of backdated history would send thousands of emails;
   * it also keeps a node that was down for days from flooding people with stale news.
   */
  maxAgeMs?: number;
}

export interface DispatchResult {
  events: number;
  notifications: number;
  mails: number;
  /** False when the batch was full, so more events may be waiting. */
  caughtUp: boolean;
}

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Turns one batch of recorded events into in-app notifications and queued emails, then moves the
 * cursor past them. Run it inside one transaction: a crash leaves the cursor where it was, and
 * re-running is harmless because both inserts skip what is already stored.
 */
export async function dispatchEvents(
  deps: { feed: EventFeed; directory: NotificationDirectory; notifications: NotificationsRepository; outbox: MailOutbox; clock: Clock },
  options: DispatchOptions,
): Promise<DispatchResult> {
  const batchSize = options.batchSize ?? 200;
  const now = deps.clock.now();
  const oldest = new Date(now.getTime() - (options.maxAgeMs ?? DAY_MS)).toISOString();
  const cursor = await deps.feed.lockCursor();
  const events = await deps.feed.after(cursor, batchSize);
  const notifications: NewNotification[] = [];
  const mails: NewMail[] = [];
  let techTeam: number[] | null = null;
  // A batch often holds several events on one request or idea (created, assigned, commented): read each once.
  const requestOf = readOnce((id) => deps.directory.request(id));
  const ideaOf = readOnce((id) => deps.directory.idea(id));

  const createdAt = now.toISOString();
  /** One event's recipients, in the app and by mail, about a request or an idea; inactive people get nothing. */
  const deliver = async <T extends NotificationType>(
    event: StoredEvent,
    recipients: Recipient<T>[],
    about: Pick<NewNotification, "requestId" | "ideaId">,
    render: (type: T, person: Addressee, actorName: string | null) => RenderedMail,
  ) => {
    const people = new Map((await deps.directory.addressees([...recipients.map((r) => r.personId), ...(event.actorId ? [event.actorId] : [])])).map((p) => [p.id, p]));
    const actorName = event.actorId ? (people.get(event.actorId)?.name ?? null) : null;
    for (const r of recipients) {
      const person = people.get(r.personId);
      if (!person?.active) continue;
      if (r.inApp) notifications.push({ personId: r.personId, eventId: event.id, type: r.type, ...about, createdAt: event.at });
      if (r.email) mails.push({ eventId: event.id, personId: person.id, to: person.email, ...render(r.type, person, actorName), createdAt });
    }
  };

  for (const event of events) {
    if (event.at < oldest) continue;
    if (event.subjectType === "idea") {
      const idea = await ideaOf(event.subjectId);
      const recipients = idea ? ideaRecipientsFor(event, idea) : [];
      if (!idea || recipients.length === 0) continue;
      const status = typeof event.data.to === "string" ? event.data.to : null;
      const mentorName = typeof event.data.name === "string" ? event.data.name : null;
      await deliver(event, recipients, { requestId: null, ideaId: idea.id }, (type, person, actorName) =>
        renderIdeaMail({ type, idea, recipientName: person.name, actorName, status, mentorName, publicUrl: options.publicUrl }),
      );
      continue;
    }
    if (event.subjectType !== "request") continue;
    const request = await requestOf(event.subjectId);
    if (!request) continue;
    if (event.type === "request.created") techTeam ??= await deps.directory.activeTechTeam();
    const recipients = recipientsFor(event, request, { techTeam: techTeam ?? [] });
    if (recipients.length === 0) continue;
    const replyText = await publicReplyText(deps.directory, event);
    const nextTraining = event.type === "request.created" ? await deps.directory.nextTrainingFor(request.requesterId, request.topicId, now) : null;
    await deliver(event, recipients, { requestId: request.id, ideaId: null }, (type, person, actorName) =>
      renderMail({
        type,
        request,
        recipientName: person.name,
        actorName,
        replyText: type === "reply_added" || type === "mentioned" ? replyText : null,
        publicUrl: options.publicUrl,
        nextTraining: type === "request_received" ? nextTraining : null,
      }),
    );
  }

  const added = notifications.length ? await deps.notifications.addMany(notifications) : 0;
  const queued = mails.length ? await deps.outbox.enqueue(mails) : 0;
  const last = events.at(-1);
  if (last) await deps.feed.setCursor(last.id);
  return { events: events.length, notifications: added, mails: queued, caughtUp: events.length < batchSize };
}

/** The body of a public reply; null for internal notes and every other event. */
async function publicReplyText(directory: NotificationDirectory, event: StoredEvent): Promise<string | null> {
  if (event.type !== "request.message_added" || event.data.internal !== false || typeof event.data.messageId !== "number") return null;
  const message = await directory.message(event.data.messageId);
  return message && !message.internal ? message.body : null;
}

/** `read` memoised by id for one batch. */
function readOnce<T>(read: (id: number) => Promise<T>): (id: number) => Promise<T> {
  const seen = new Map<number, Promise<T>>();
  return (id) => {
    let found = seen.get(id);
    if (!found) seen.set(id, (found = read(id)));
    return found;
  };
}
