import { describe, expect, it } from "vitest";
import type { InsightRecord } from "../report.types.js";
import { createReportAccumulator } from "./index.js";

const DAY = 24 * 60 * 60 * 1000;
const FROM = Date.UTC(2026, 0, 1);
const TO = Date.UTC(2026, 3, 1);

function buildRecord(overrides: Partial<InsightRecord> = {}): InsightRecord {
  return {
    requester: "rosa", helper: "hana", helperIsTech: null, topic: "printing", created: FROM + DAY, resolved: FROM + 2 * DAY,
    mode: null, nature: null, selfReliance: null, linked: null, ...overrides,
  };
}

function reportOf(records: InsightRecord[], options: { timeZone?: string; from?: number; to?: number } = {}, extra?: { deflections?: number; deflectionsByMonth?: Map<string, number> }) {
  const accumulator = createReportAccumulator({ from: options.from ?? FROM, to: options.to ?? TO, timeZone: options.timeZone ?? "UTC" });
  for (const record of records) accumulator.add(record);
  return accumulator.finish(extra);
}

const ALL_NULL = { support: null, avoidableService: null, deflection: null, learning: null, repeat: null, community: null, link: null };

describe("the dependency report", () => {
  it("is empty but complete for a window with no requests: no one counted, every rate null, zero months", () => {
    const report = reportOf([]);
    expect(report.from).toBe("2026-01-01T00:00:00.000Z");
    expect(report.to).toBe("2026-04-01T00:00:00.000Z");
    expect(report.helpers).toEqual({ n: 0, top20Share: 0, gini: 0, lorenz: [] });
    expect(report.requesters).toEqual({ n: 0, top20Share: 0, gini: 0, lorenz: [] });
    expect(report.topics).toEqual([]);
    expect(report.rates).toEqual(ALL_NULL);
    expect(report.monthly.map((month) => [month.month, month.requests, month.resolutions])).toEqual([["2026-01", 0, 0], ["2026-02", 0, 0], ["2026-03", 0, 0]]);
  });

  it("gives a single helper all the work, no inequality and a bus factor of 1", () => {
    const report = reportOf([buildRecord(), buildRecord({ requester: "sam" }), buildRecord({ requester: "sam" })]);
    expect(report.helpers).toEqual({ n: 1, top20Share: 1, gini: 0, lorenz: [[0, 0], [1, 1]] });
    // Requesters [1, 2]: top ceil(0.4) = 1 made 2 of 3; G = (−1·1 + 1·2) / (2 · 3) = 1/6.
    expect(report.requesters.n).toBe(2);
    expect(report.requesters.top20Share).toBeCloseTo(2 / 3, 12);
    expect(report.requesters.gini).toBeCloseTo(1 / 6, 12);
    expect(report.requesters.lorenz).toEqual([[0, 0], [0.5, 1 / 3], [1, 1]]);
    expect(report.topics).toEqual([{ topic: "printing", busFactor: 1, resolutions: 3 }]);
  });

  it("treats ties evenly: five helpers with 2 each give the top one 20% and a Gini of 0", () => {
    const records = ["a", "b", "c", "d", "e"].flatMap((helper) => [buildRecord({ helper }), buildRecord({ helper, topic: "wifi" })]);
    const report = reportOf(records);
    expect(report.helpers.n).toBe(5);
    expect(report.helpers.top20Share).toBeCloseTo(0.2, 12);
    expect(report.helpers.gini).toBe(0);
    // Each topic has five helpers with 1 of 5: three are needed to reach 50%.
    expect(report.topics).toEqual([{ topic: "printing", busFactor: 3, resolutions: 5 }, { topic: "wifi", busFactor: 3, resolutions: 5 }]);
  });

  it("counts an unowned resolution for no helper, but in the topic's resolutions", () => {
    const report = reportOf([buildRecord({ helper: null }), buildRecord({ helper: "hana" }), buildRecord({ helper: "hana" })]);
    expect(report.helpers.n).toBe(1);
    expect(report.topics).toEqual([{ topic: "printing", busFactor: 1, resolutions: 3 }]);
    expect(report.monthly[0]).toMatchObject({ month: "2026-01", requests: 3, resolutions: 3 });
  });

  it("counts requests by creation and resolutions by resolution inside [from, to)", () => {
    const report = reportOf([
      buildRecord({ created: FROM - DAY, resolved: FROM }), // resolution only: created before the window
      buildRecord({ created: TO - DAY, resolved: TO }), // request only: resolved at `to`, outside
      buildRecord({ created: TO, resolved: null }), // neither
    ]);
    expect(report.requesters.n).toBe(1);
    expect(report.monthly.reduce((sum, month) => sum + month.requests, 0)).toBe(1);
    expect(report.monthly.reduce((sum, month) => sum + month.resolutions, 0)).toBe(1);
    expect(report.monthly.find((month) => month.month === "2026-03")?.requests).toBe(1);
  });

  it("cuts months in the report's time zone: 23:30 UTC on 31 January is February in Paris", () => {
    const lateJanuary = Date.UTC(2026, 0, 31, 23, 30);
    const earlier = Date.UTC(2026, 0, 31, 22, 30); // 23:30 in Paris, still January
    const records = [buildRecord({ created: lateJanuary, resolved: lateJanuary }), buildRecord({ created: earlier, resolved: earlier })];
    const paris = reportOf(records, { timeZone: "Europe/Paris" });
    expect(paris.monthly.slice(0, 2).map((month) => [month.month, month.requests])).toEqual([["2026-01", 1], ["2026-02", 1]]);
    const utc = reportOf(records);
    expect(utc.monthly.slice(0, 2).map((month) => [month.month, month.requests])).toEqual([["2026-01", 2], ["2026-02", 0]]);
    // New York is behind UTC: 03:00 UTC on 1 March is 22:00 on 28 February.
    const newYork = reportOf([buildRecord({ created: Date.UTC(2026, 2, 1, 3), resolved: null })], { timeZone: "America/New_York" });
    expect(newYork.monthly.find((month) => month.requests === 1)?.month).toBe("2026-02");
  });

  it("computes every rate from hand-counted requests", () => {
    const report = reportOf(
      [
        buildRecord({ mode: "guide", nature: "learnable", selfReliance: "yes", helperIsTech: false, linked: true }),
        buildRecord({ mode: "idea", nature: "learnable", selfReliance: "no", helperIsTech: true, linked: false }),
        buildRecord({ mode: "do", nature: "learnable", helperIsTech: true, linked: false }),
        buildRecord({ mode: "do", nature: "specialist", helperIsTech: true, linked: true, topic: "wifi" }),
      ],
      {},
      { deflections: 1, deflectionsByMonth: new Map([["2026-01", 1]]) },
    );
    expect(report.rates).toEqual({
      support: 2 / 4, // guide + idea of 4
      avoidableService: 1 / 4, // do on learnable
      deflection: 1 / 5, // 1 / (1 + 4 submitted)
      learning: 1 / 2, // guide answered yes, idea answered no
      repeat: 2 / 4, // rosa's three printing requests (same day): the 2nd and 3rd are repeats
      community: 1 / 4,
      link: 2 / 4,
    });
    expect(report.monthly[0]?.rates).toEqual(report.rates);
    // February had neither requests nor deflections: 0 / 0 is no rate.
    expect(report.monthly[1]?.rates).toMatchObject({ support: null, deflection: null, repeat: null });
  });

  it("leaves each rate null when the data can't tell", () => {
    expect(reportOf([buildRecord({ requester: null })]).rates).toEqual(ALL_NULL);
    // A mode without a nature gives a support share but no avoidable-service share.
    expect(reportOf([buildRecord({ mode: "do", requester: null })]).rates).toMatchObject({ support: 0, avoidableService: null });
    // Learning needs an answered guide/idea: a `do` with an answer doesn't count.
    expect(reportOf([buildRecord({ mode: "do", selfReliance: "yes" })]).rates.learning).toBeNull();
    // The helper's role is unknown without a helper.
    expect(reportOf([buildRecord({ helper: null, helperIsTech: false })]).rates.community).toBeNull();
    // Deflection is 0, not null, when there is deflection data but nothing was deflected.
    expect(reportOf([buildRecord()], {}, { deflections: 0 }).rates.deflection).toBe(0);
  });

  it("counts repeats within 90 days, using requests before the window as history, in any order", () => {
    const at = (days: number) => FROM + days * DAY;
    const records = [
      buildRecord({ created: at(200), resolved: null }), // 195 days after day 5: not a repeat
      buildRecord({ created: at(5), resolved: null }), // 85 days after day −80: a repeat
      buildRecord({ created: at(-80), resolved: null }), // history only
      buildRecord({ created: at(10), resolved: null, topic: "wifi" }), // first on wifi
      buildRecord({ created: at(12), resolved: null, requester: "sam" }), // first for sam
    ];
    const report = reportOf(records, { to: FROM + 365 * DAY });
    expect(report.rates.repeat).toBeCloseTo(1 / 4, 12);
    expect(report.requesters.n).toBe(2);
    expect(report.monthly.find((month) => month.month === "2026-01")?.rates.repeat).toBeCloseTo(1 / 3, 12);
  });

  it("gives each month its own concentration figures", () => {
    const february = Date.UTC(2026, 1, 10);
    const report = reportOf([
      buildRecord({ helper: "a" }), buildRecord({ helper: "a" }), buildRecord({ helper: "a" }), buildRecord({ helper: "b" }),
      buildRecord({ helper: "b", created: february, resolved: february }),
    ]);
    expect(report.monthly[0]).toMatchObject({ month: "2026-01", requests: 4, resolutions: 4, helpersTop20Share: 3 / 4, requestersTop20Share: 1 });
    expect(report.monthly[1]).toMatchObject({ month: "2026-02", requests: 1, resolutions: 1, helpersTop20Share: 1 });
    expect(report.monthly[2]).toMatchObject({ month: "2026-03", requests: 0, helpersTop20Share: 0 });
  });
});
