import { describe, expect, it } from "vitest";
import { dateParserIn } from "./parse-date.js";

describe("export dates", () => {
  const utc = dateParserIn("UTC");
  const paris = dateParserIn("Europe/Paris");

  it("read ISO 8601 with and without an offset, and the spreadsheet forms", () => {
    expect(utc("2026-01-05")).toBe(Date.UTC(2026, 0, 5));
    expect(utc("2026-01-05T14:32:10Z")).toBe(Date.UTC(2026, 0, 5, 14, 32, 10));
    expect(utc("2026-01-05T14:32:10.250+01:00")).toBe(Date.UTC(2026, 0, 5, 13, 32, 10, 250));
    expect(utc("2026-01-05 14:32")).toBe(Date.UTC(2026, 0, 5, 14, 32));
    expect(utc("2026-01-05 14:32:10")).toBe(Date.UTC(2026, 0, 5, 14, 32, 10));
  });

  it("read a time without an offset in the report's zone, across daylight saving", () => {
    expect(paris("2026-01-05 14:32")).toBe(Date.UTC(2026, 0, 5, 13, 32)); // CET, +1
    expect(paris("2026-07-05 14:32")).toBe(Date.UTC(2026, 6, 5, 12, 32)); // CEST, +2
    expect(paris("2026-07-05T14:32:00Z")).toBe(Date.UTC(2026, 6, 5, 14, 32)); // an offset wins
  });

  it("refuse what isn't such a date", () => {
    for (const text of ["03/05/2026", "2026-02-30", "2026-13-01 10:00", "yesterday", "2026-01-05 25:00"]) expect(utc(text)).toBeNull();
  });
});
