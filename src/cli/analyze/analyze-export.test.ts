import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyzeExport } from "./analyze-export.js";
import { GENERIC_CSV, GENERIC_MAP, OSTICKET_CSV, RT_TSV, ZAMMAD_CSV } from "./sample-exports.js";

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "scaffold-analyze-")); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

async function exportFile(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

describe("analyze on each help desk's export", () => {
  it("reads a Request Tracker TSV: Owner helps, the first Requestor asks, Queue is the topic", async () => {
    const { report, source } = await analyzeExport(await exportFile("rt.tsv", RT_TSV));
    expect(source).toMatchObject({ formatLabel: "Request Tracker", rows: 4, badRows: 0 });
    // Helpers ana 2, ben 1 (Nobody owns the open one): top ceil(0.4) = 1 did 2/3; G = (−1 + 2)/(2·3).
    expect(report.helpers.n).toBe(2);
    expect(report.helpers.top20Share).toBeCloseTo(2 / 3, 12);
    expect(report.helpers.gini).toBeCloseTo(1 / 6, 12);
    // Requesters bob 2, cy 1, eve 1: top 1 made 2/4; G over [1, 1, 2] = (−2·1 + 0·1 + 2·2)/(3·4) = 1/6.
    expect(report.requesters).toMatchObject({ n: 3, top20Share: 0.5 });
    expect(report.requesters.gini).toBeCloseTo(1 / 6, 12);
    expect(report.topics).toEqual([{ topic: "AV", busFactor: 1, resolutions: 2 }, { topic: "Network", busFactor: 1, resolutions: 1 }]);
    // bob's second AV ticket came 15 days after the first; RT exports no modes, links or roles.
    expect(report.rates).toEqual({ support: null, avoidableService: null, deflection: null, learning: null, repeat: 0.25, community: null, link: null });
    expect(report.from).toBe("2026-01-05T09:00:00.000Z");
    expect(report.to).toBe("2026-02-10T09:00:00.001Z");
    expect(report.monthly.map((m) => [m.month, m.requests, m.resolutions])).toEqual([["2026-01", 2, 2], ["2026-02", 2, 1]]);
  });

  it("reads an osTicket CSV and reports malformed rows by line, following quoted line breaks", async () => {
    const { report, source } = await analyzeExport(await exportFile("osticket.csv", OSTICKET_CSV));
    expect(source).toMatchObject({ formatLabel: "osTicket", rows: 5, badRows: 2 });
    expect(source.firstBadRows).toEqual([
      { line: 5, reason: 'created: can\'t read the date "03/05/2026" (use ISO 8601 or YYYY-MM-DD HH:MM)' },
      { line: 6, reason: "expected 9 fields, found 3" },
    ]);
    expect(report.helpers).toMatchObject({ n: 2 });
    expect(report.helpers.top20Share).toBeCloseTo(2 / 3, 12);
    expect(report.requesters).toMatchObject({ n: 2 });
    expect(report.topics.map((t) => [t.topic, t.busFactor, t.resolutions])).toEqual([["Accounts", 1, 2], ["AV", 1, 1]]);
  });

  it("reads a Zammad CSV with offsets in its times and '-' for no owner", async () => {
    const { report, source } = await analyzeExport(await exportFile("zammad.csv", ZAMMAD_CSV));
    expect(source.formatLabel).toBe("Zammad");
    expect(report.helpers).toMatchObject({ n: 1, top20Share: 1, gini: 0 });
    expect(report.requesters).toMatchObject({ n: 3, gini: 0 });
    expect(report.topics).toEqual([{ topic: "AV", busFactor: 1, resolutions: 2 }]);
    expect(report.from).toBe("2026-04-01T08:00:00.000Z");
  });

  it("reads a generic CSV through --map, with times in --tz and modes for the support share", async () => {
    const { report, source } = await analyzeExport(await exportFile("other.csv", GENERIC_CSV), { map: GENERIC_MAP, timeZone: "Europe/Paris" });
    expect(source.formatLabel).toBe("generic CSV");
    // 23:30 on 31 January in Paris is 22:30 UTC, still January there.
    expect(report.from).toBe("2026-01-31T22:30:00.000Z");
    expect(report.monthly.map((m) => [m.month, m.requests, m.resolutions])).toEqual([["2026-01", 1, 0], ["2026-02", 2, 2]]);
    expect(report.rates.support).toBeCloseTo(2 / 3, 12); // guide and idea of 3
    expect(report.rates.avoidableService).toBeNull(); // no nature column
    expect(report.rates.repeat).toBeCloseTo(1 / 3, 12); // rosa's second Printing request
  });

  it("lets --map win over the detected format", async () => {
    const { report } = await analyzeExport(await exportFile("rt-map.tsv", RT_TSV), { map: "topic=Subject" });
    expect(report.topics.map((t) => t.topic).sort()).toEqual(["Projector", "Projector again", "Wifi"]);
  });

  it("keeps only the window given by --from and --to", async () => {
    const { report } = await analyzeExport(await exportFile("rt-window.tsv", RT_TSV), { from: "2026-02-01", to: "2026-03-01" });
    expect(report.from).toBe("2026-02-01T00:00:00.000Z");
    expect(report.monthly).toHaveLength(1);
    expect(report.requesters.n).toBe(2);
    expect(report.helpers).toMatchObject({ n: 1, top20Share: 1 });
  });
});

describe("analyze refuses what it can't read", () => {
  it("says an empty file is empty", async () => {
    await expect(analyzeExport(await exportFile("empty.csv", ""))).rejects.toThrow(/empty\.csv is empty/);
    await expect(analyzeExport(await exportFile("header.csv", "requester,helper,topic,created,resolved\n"))).rejects.toThrow(/header but no rows/);
  });

  it("names the missing column of a wrong mapping", async () => {
    await expect(analyzeExport(await exportFile("wrong.csv", GENERIC_CSV), { map: GENERIC_MAP.replace("Agent", "Agnet") })).rejects.toThrow(
      'has no column "Agnet" (from --map helper=Agnet); its columns are: Owner, Agent, Category, Opened, Closed, Kind',
    );
    await expect(analyzeExport(await exportFile("partial.csv", GENERIC_CSV), { map: "requester=Owner,created=Opened" })).rejects.toThrow(/lacks a column for helper .*topic .*resolved/);
  });

  it("asks for --format or --map when the header matches no product", async () => {
    await expect(analyzeExport(await exportFile("unknown.csv", GENERIC_CSV))).rejects.toThrow(/can't tell which help desk exported .* pass --format/);
    await expect(analyzeExport(await exportFile("rt-as-zammad.tsv", RT_TSV), { format: "zammad" })).rejects.toThrow(/read as Zammad\) lacks a column for requester/);
  });

  it("rejects an unknown time zone, format or date bound", async () => {
    const file = await exportFile("rt-flags.tsv", RT_TSV);
    await expect(analyzeExport(file, { timeZone: "Mars/Olympus" })).rejects.toThrow(/not a time zone/);
    await expect(analyzeExport(file, { format: "jira" })).rejects.toThrow(/unknown format "jira"/);
    await expect(analyzeExport(file, { from: "last week" })).rejects.toThrow(/--from "last week" is not a date/);
    await expect(analyzeExport(join(dir, "missing.csv"))).rejects.toThrow(/does not exist/);
  });
});
