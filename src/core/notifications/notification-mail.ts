import type { HelpRequest } from "../requests/requests.types.js";
import { escapeHtml } from "../shared/escape-html.js";
import type { IdeaNotificationType, RequestNotificationType } from "./notifications.types.js";

export interface MailInput {
  type: RequestNotificationType;
  request: Pick<HelpRequest, "id" | "title" | "urgency">;
  recipientName: string;
  /** Who did it; null for system events. */
  actorName: string | null;
  /** The text of a public reply. Internal-note text is never passed here: mail leaves the school's hands. */
  replyText: string | null;
  /** PUBLIC_URL without a trailing slash. */
  publicUrl: string;
  /** In the confirmation to a repeat asker: the next training on the topic (growth: from need to workshop). */
  nextTraining?: { id: number; title: string; startsAt: string } | null;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

interface Parts {
  subject: string;
  lines: string[];
  action?: { label: string; url: string };
}

/** Links into the web app that every email carries. */
export const requestUrl = (publicUrl: string, id: number) => `${publicUrl}/requests/${id}`;
export const feedbackUrl = (publicUrl: string, id: number) => `${requestUrl(publicUrl, id)}?feedback=1`;

/** Renders one notification email about a request as plain text and HTML; user text is escaped in the HTML. */
export function renderMail(input: MailInput): RenderedMail {
  const link = requestUrl(input.publicUrl, input.request.id);
  return frame(input.recipientName, partsFor(input), input.replyText, { text: `Open the request: ${link}`, label: `Open request #${input.request.id}`, url: link });
}

export interface IdeaMailInput {
  type: IdeaNotificationType;
  idea: { id: number; title: string };
  recipientName: string;
  actorName: string | null;
  /** For a status change: the status it moved to. */
  status: string | null;
  /** For a new mentor: their name. */
  mentorName: string | null;
  publicUrl: string;
}

/** Idea statuses as a sentence says them ("moved the idea to in progress"). */
const STATUS_WORDS: Record<string, string> = { proposed: "proposed", supported: "supported", in_progress: "in progress", shipped: "shipped", paused: "paused" };

export const ideaUrl = (publicUrl: string, id: number) => `${publicUrl}/growth/ideas/${id}`;

/** Renders one notification email about an idea, like renderMail. */
export function renderIdeaMail(input: IdeaMailInput): RenderedMail {
  const ref = `"${input.idea.title}"`;
  const who = input.actorName ?? "Someone";
  const status = input.status === null ? null : (STATUS_WORDS[input.status] ?? input.status);
  const parts: Parts = (() => {
    switch (input.type) {
      case "idea_commented":
        return { subject: `${who} wrote on the idea ${input.idea.title}`, lines: [`${who} wrote an update on the idea ${ref}. Open the idea to read it and answer.`] };
      case "idea_status_changed":
        return { subject: `The idea ${input.idea.title} is now ${status ?? "changed"}`, lines: [`${who} moved the idea ${ref} to ${status ?? "a new status"}.`] };
      case "idea_mentor_added":
        return { subject: `You are mentoring the idea ${input.idea.title}`, lines: [`${who} added you as a mentor on the idea ${ref}. Mentors help its owner see it through.`] };
      case "idea_mentor_joined":
        return { subject: `${input.mentorName ?? who} is mentoring your idea`, lines: [`${input.mentorName ?? who} is now a mentor on your idea ${ref}.`] };
    }
  })();
  const link = ideaUrl(input.publicUrl, input.idea.id);
  return frame(input.recipientName, parts, null, { text: `Open the idea: ${link}`, label: "Open the idea", url: link });
}

/** The shared shape of every email: greeting, lines, an optional quote and action, the link home. */
function frame(recipientName: string, parts: Parts, quote: string | null, home: { text: string; label: string; url: string }): RenderedMail {
  const text = [
    `Hello ${recipientName},`,
    "",
    ...parts.lines,
    ...(quote !== null ? ["", ...quote.split("\n").map((l) => `> ${l}`)] : []),
    "",
    ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`] : []),
    home.text,
    "",
    "— Scaffold",
  ].join("\n");

  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const a = (label: string, url: string) => `<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`;
  const html = [
    "<!doctype html><html><body style=\"font-family:sans-serif\">",
    p(`Hello ${recipientName},`),
    ...parts.lines.map(p),
    ...(quote !== null ? [`<blockquote style="white-space:pre-wrap">${escapeHtml(quote)}</blockquote>`] : []),
    ...(parts.action ? [a(parts.action.label, parts.action.url)] : []),
    a(home.label, home.url),
    "<p>— Scaffold</p>",
    "</body></html>",
  ].join("\n");
  return { subject: oneLine(parts.subject), text, html };
}

function partsFor({ type, request, actorName, publicUrl, nextTraining }: MailInput): Parts {
  const ref = `#${request.id} "${request.title}"`;
  const who = actorName ?? "Someone";
  switch (type) {
    case "request_created":
      return { subject: `${request.urgency === "urgent" ? "[Urgent] " : ""}New request #${request.id}: ${request.title}`, lines: [`${who} asked for help: ${ref} (urgency: ${request.urgency}).`] };
    case "request_received":
      return {
        subject: `We got your request #${request.id}`,
        lines: [
          `We got your request ${ref}. We'll let you know when someone picks it up.`,
          ...(nextTraining ? [`You've asked about this a few times lately. A training on it is coming up: "${nextTraining.title}" on ${nextTraining.startsAt.slice(0, 10)}.`] : []),
        ],
        ...(nextTraining && { action: { label: `See the training "${nextTraining.title}"`, url: `${publicUrl}/growth/trainings/${nextTraining.id}` } }),
      };
    case "request_assigned":
      return { subject: `Request #${request.id} is yours: ${request.title}`, lines: [`${who} assigned request ${ref} to you.`] };
    case "helper_assigned":
      return { subject: `${who} is helping you with #${request.id}`, lines: [`${who} is helping you with ${ref}.`] };
    case "reply_added":
      return { subject: `New reply on #${request.id}: ${request.title}`, lines: [`${who} replied on ${ref}:`] };
    case "note_added":
      return { subject: `Internal note on #${request.id}: ${request.title}`, lines: [`${who} left an internal note on ${ref}. Open the request to read it.`] };
    case "mentioned":
      return { subject: `${who} mentioned you on #${request.id}`, lines: [`${who} mentioned you on ${ref}.`] };
    case "request_waiting":
      return { subject: `We need something from you on #${request.id}`, lines: [`${who} needs something from you before request ${ref} can go on. Please reply on the request.`] };
    case "request_resolved":
      return {
        subject: `Your request #${request.id} is resolved`,
        lines: [`${who} marked your request ${ref} as resolved.`, "Could you do this yourself next time? Tell us in one click — it helps us plan trainings."],
        action: { label: "Answer: could you do this yourself next time?", url: feedbackUrl(publicUrl, request.id) },
      };
    case "answer_accepted":
      return {
        subject: `Your answer solved #${request.id}`,
        lines: [`${who} accepted your answer on ${ref}. Thank you for helping: it now counts on your helping record.`],
      };
  }
}

/** Header values are one line; a title with line breaks must not spill into other headers. */
const oneLine = (s: string) => s.replace(/[\r\n]+/g, " ").slice(0, 250);
