import type { Training } from "./trainings.types.js";
import { escapeHtml } from "../../shared/escape-html.js";


/** "Tuesday 1 December 2026, 14:30 (Europe/Lisbon)": the start in the campus's zone. */
export function formatStart(iso: string, timeZone: string, locale = "en-GB"): string {
  const text = new Intl.DateTimeFormat(locale, { timeZone, weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(new Date(iso));
  return `${text} (${timeZone})`;
}

/** The reminder mail a person gets about a day before a training they are enrolled on. */
export function composeReminder(input: { training: Training; recipientName: string; timeZone: string; pageUrl: string; icsUrl: string }): { subject: string; text: string; html: string } {
  const { training } = input;
  const when = formatStart(training.startsAt, input.timeZone);
  const where = [training.place, training.videoUrl].filter(Boolean).join(" · ") || "see the training page";
  const subject = `Reminder: ${training.title} — ${when}`;
  const lines = [
    `Hello ${input.recipientName},`,
    "",
    `You are enrolled on "${training.title}".`,
    `When: ${when}, ${training.durationMinutes} minutes`,
    `Where: ${where}`,
    "",
    `Details, or to give your place to someone on the wait list: ${input.pageUrl}`,
    `Add it to your calendar: ${input.icsUrl}`,
  ];
  const html = `<p>Hello ${escapeHtml(input.recipientName)},</p><p>You are enrolled on <strong>${escapeHtml(training.title)}</strong>.</p><p>When: ${escapeHtml(when)}, ${training.durationMinutes} minutes<br>Where: ${escapeHtml(where)}</p><p><a href="${escapeHtml(input.pageUrl)}">Details</a> (or give your place to someone on the wait list) · <a href="${escapeHtml(input.icsUrl)}">Add to calendar</a></p>`;
  return { subject, text: lines.join("\n"), html };
}
