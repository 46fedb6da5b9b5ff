import type { HelpRequest } from "../requests/requests.types.js";
import { escapeHtml } from "./escape-html.js";
import type { NotificationType } from "./notifications.types.js";

export interface MailInput {
  type: NotificationType;
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

/** Renders one notification email as plain text and HTML; every piece of user text is escaped in the HTML. */
export function renderMail(input: MailInput): RenderedMail {
  const { request, publicUrl } = input;
  const parts = partsFor(input);
  const link = requestUrl(publicUrl, request.id);
  const quote = input.replyText === null ? [] : [input.replyText];
  const subject = oneLine(parts.subject);

  const text = [
    `Hello ${input.recipientName},`,
    "",
    ...parts.lines,
    ...(quote.length ? ["", ...quote[0]!.split("\n").map((l) => `> ${l}`)] : []),
    "",
    ...(parts.action ? [`${parts.action.label}: ${parts.action.url}`] : []),
    `Open the request: ${link}`,
    "",
    "— Scaffold",
  ].join("\n");

  const p = (s: string) => `<p>${escapeHtml(s)}</p>`;
  const a = (label: string, url: string) => `<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>`;
  const html = [
    "<!doctype html><html><body style=\"font-family:sans-serif\">",
    p(`Hello ${input.recipientName},`),
    ...parts.lines.map(p),
    ...(quote.length ? [`<blockquote style="white-space:pre-wrap">${escapeHtml(quote[0]!)}</blockquote>`] : []),
    ...(parts.action ? [a(parts.action.label, parts.action.url)] : []),
    a(`Open request #${request.id}`, link),
    "<p>— Scaffold</p>",
    "</body></html>",
  ].join("\n");
  return { subject, text, html };
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
  }
}

/** Header values are one line; a title with line breaks must not spill into other headers. */
const oneLine = (s: string) => s.replace(/[\r\n]+/g, " ").slice(0, 250);
