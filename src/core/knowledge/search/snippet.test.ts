import { describe, expect, it } from "vitest";
import { highlight, snippet } from "./snippet.js";

describe("highlight", () => {
  it("wraps every word whose stem matched, keeping the text as written", () => {
    expect(highlight("Add Printers to a Chromebook", new Set(["printer", "chromebook"]))).toBe("Add «Printers» to a «Chromebook»");
  });
});

describe("snippet", () => {
  const body = `${"Intro words about nothing in particular. ".repeat(10)}To reset your password open the self-service page. ${"Closing remarks here. ".repeat(10)}`;

  it("cuts around the best match, marks matches and the cuts", () => {
    const s = snippet(body, new Set(["reset", "password"]), 120);
    expect(s).toMatch(/^….*«reset» your «password».*…$/);
    expect(s.replace(/[«»…]/g, "").length).toBeLessThanOrEqual(120);
  });

  it("starts at the beginning when nothing matched", () => {
    expect(snippet("Short body.", new Set(["x"]))).toBe("Short body.");
  });

  it("stays plain text", () => {
    expect(snippet("Use <b>bold</b> & more", new Set(["bold"]))).toBe("Use <b>«bold»</b> & more");
  });
});

describe("snippet of a text seen before", () => {
  it("highlights each query's own words", () => {
    const body = "Unplug the printer, wait ten seconds, then restart the laptop.";
    expect(snippet(body, new Set(["printer"]))).toBe("Unplug the «printer», wait ten seconds, then restart the laptop.");
    expect(snippet(body, new Set(["laptop"]))).toBe("Unplug the printer, wait ten seconds, then restart the «laptop».");
    expect(snippet(body, new Set(["printer"]))).toBe("Unplug the «printer», wait ten seconds, then restart the laptop.");
  });
});
