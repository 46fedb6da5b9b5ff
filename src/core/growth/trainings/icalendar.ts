/** One event of an iCalendar feed. */
export interface IcsEvent {
  uid: string;
  start: string;
  end: string;
  summary: string;
  description?: string;
  location?: string | null;
  url?: string | null;
  status: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
  /** When the event last changed: DTSTAMP and LAST-MODIFIED, so calendar apps pick up changes. */
  lastModified: string;
}

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

const octets = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Folds a content line at 75 octets of UTF-8 (RFC 5545 §3.1): continuation lines start with one
 * space, and a multi-byte character is never split.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const n = octets(char.codePointAt(0)!);
    // The leading space of a continuation line counts towards its 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + n > limit) {
      parts.push(current);
      current = "";
      size = 0;
    }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** An instant as a UTC DATE-TIME: 20261201T143000Z. */
export function utcDateTime(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/**
 * A VCALENDAR with the given events. Times are written in UTC (`Z`), which every calendar app shows
 * in the reader's own zone, so no VTIMEZONE is needed.
 */
export function buildCalendar(options: { name: string; events: readonly IcsEvent[] }): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Scaffold//Trainings//EN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", `X-WR-CALNAME:${escapeText(options.name)}`];
  for (const e of options.events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${e.uid}`,
      `DTSTAMP:${utcDateTime(e.lastModified)}`,
      `LAST-MODIFIED:${utcDateTime(e.lastModified)}`,
      `DTSTART:${utcDateTime(e.start)}`,
      `DTEND:${utcDateTime(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
    );
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.url) lines.push(`URL:${e.url}`);
    lines.push(`STATUS:${e.status}`, "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join(CRLF) + CRLF;
}
