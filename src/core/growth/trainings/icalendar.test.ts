import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine } from "./icalendar.js";

const octets = (s: string) => new TextEncoder().encode(s).length;

describe("iCalendar writer", () => {
  it("escapes backslashes, semicolons, commas and line breaks", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("folds lines at 75 octets without splitting a multi-byte character", () => {
    const line = `SUMMARY:${"Formação em Google Classroom — avaliação ".repeat(6)}`;
    const folded = foldLine(line).split("\r\n");
    expect(folded.length).toBeGreaterThan(3);
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((p) => p.startsWith(" "))).toBe(true);
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe(line);
  });

  it("writes CRLF lines that an independent parser reads back exactly, cancelled events marked so", () => {
    const summary = "Rubrics, grading; and \\ more — ação";
    const description = `Bring a laptop.\nLong text: ${"x".repeat(200)}`;
    const text = buildCalendar({
      name: "Trainings",
      events: [
        { uid: "training-1@school.example", start: "2026-12-01T14:30:00.000Z", end: "2026-12-01T15:15:00.000Z", summary, description, location: "Room 4, Block B", url: "https://school.example/trainings/1", status: "CANCELLED", lastModified: "2026-11-01T10:00:00.000Z" },
      ],
    });
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!);
    expect(event.uid).toBe("training-1@school.example");
    expect(event.summary).toBe(summary);
    expect(event.description).toBe(description);
    expect(event.location).toBe("Room 4, Block B");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-01T14:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-01T15:15:00.000Z");
    expect(event.component.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(event.component.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-01T10:00:00Z");
  });
});
