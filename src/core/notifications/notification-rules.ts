import type { HelpRequest } from "../requests/requests.types.js";
import type { IdeaNotificationType, IdeaSubject, NotificationType, Recipient, RequestNotificationType, StoredEvent } from "./notifications.types.js";

/** The people a rule may need beyond the request itself. */
export interface RulePeople {
  /** Active members of the tech team. */
  techTeam: readonly number[];
}

/** Urgencies at which the tech team is emailed about a new request, not only told in the app. */
const EMAIL_TECH_URGENCIES: readonly HelpRequest["urgency"][] = ["high", "urgent"];

/**
 * Every notification rule, in one place: who hears about an event and how. Pure and deterministic.
 * The actor is never notified of their own action, with one deliberate exception: the requester's
 * "we got your request" confirmation email (`request_received`, email only).
 * When a person qualifies twice (an assignee who is also mentioned), the first rule listed wins the
 * type and the channels are merged, since a person gets at most one notification per event.
 */
export function recipientsFor(event: StoredEvent, request: HelpRequest, people: RulePeople): Recipient<RequestNotificationType>[] {
  const out: Recipient<RequestNotificationType>[] = [];
  const add = (personId: number | null | undefined, type: RequestNotificationType, email: boolean, inApp = true) => {
    if (personId == null || personId === event.actorId) return;
    out.push({ personId, type, inApp, email });
  };
  const requester = request.requesterId;

  switch (event.type) {
    case "request.created": {
      const email = EMAIL_TECH_URGENCIES.includes(request.urgency);
      for (const id of people.techTeam) add(id, "request_created", email);
      out.push({ personId: requester, type: "request_received", inApp: false, email: true });
      break;
    }
    case "request.assigned": {
      const assigneeId = numberOr(event.data.assigneeId);
      if (assigneeId === null) break;
      add(assigneeId, "request_assigned", true);
      add(requester, "helper_assigned", false);
      break;
    }
    case "request.message_added": {
      const internal = event.data.internal === true;
      for (const id of numbers(event.data.mentions)) {
        // Internal notes never reach the requester, even if someone managed to mention them.
        if (!(internal && id === requester)) add(id, "mentioned", true);
      }
      if (internal) {
        if (request.assigneeId !== requester) add(request.assigneeId, "note_added", true);
      } else {
        add(requester, "reply_added", true);
        add(request.assigneeId, "reply_added", true);
      }
      break;
    }
    case "request.status_changed":
      if (event.data.to === "waiting") add(requester, "request_waiting", true);
      break;
    case "request.resolved":
      add(requester, "request_resolved", true);
      break;
    case "request.answer_accepted":
      // Community help is thanked like any other: the answer's author hears their answer solved it.
      add(numberOr(event.data.authorId), "answer_accepted", true);
      break;
  }
  return mergeByPerson(out);
}

/**
 * Who hears about an idea's events: the people seeing it through together, its owner and its current
 * mentors, never the actor. A new mentor is told they were added (unless they offered themselves), and the
 * owner that someone mentors their idea. Check-ins and comments reach the others; so do status changes.
 */
export function ideaRecipientsFor(event: StoredEvent, idea: IdeaSubject): Recipient<IdeaNotificationType>[] {
  const out: Recipient<IdeaNotificationType>[] = [];
  const add = (personId: number | null, type: IdeaNotificationType) => {
    if (personId == null || personId === event.actorId) return;
    out.push({ personId, type, inApp: true, email: true });
  };
  const everyone = [idea.ownerId, ...idea.mentorIds];
  switch (event.type) {
    case "idea.commented":
    case "idea.check_in":
      for (const id of everyone) add(id, "idea_commented");
      break;
    case "idea.status_changed":
    case "idea.shipped":
      for (const id of everyone) add(id, "idea_status_changed");
      break;
    case "idea.mentor_added": {
      // Only while they still mentor it: one removed before this runs may no longer see the idea.
      const mentorId = numberOr(event.data.personId);
      if (mentorId === null || !idea.mentorIds.includes(mentorId)) break;
      add(mentorId, "idea_mentor_added");
      add(idea.ownerId, "idea_mentor_joined");
      break;
    }
  }
  return mergeByPerson(out);
}

function mergeByPerson<T extends NotificationType>(recipients: Recipient<T>[]): Recipient<T>[] {
  const byPerson = new Map<number, Recipient<T>>();
  for (const r of recipients) {
    const seen = byPerson.get(r.personId);
    if (!seen) byPerson.set(r.personId, { ...r });
    else {
      seen.inApp ||= r.inApp;
      seen.email ||= r.email;
    }
  }
  return [...byPerson.values()];
}

const numberOr = (value: unknown): number | null => (typeof value === "number" && Number.isInteger(value) ? value : null);
const numbers = (value: unknown): number[] => (Array.isArray(value) ? value.filter((v): v is number => numberOr(v) !== null) : []);
