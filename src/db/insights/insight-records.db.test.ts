import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dependencyInsights, insightPeople } from "../../core/insights/dependency-insights.js";
import type { DependencyReport } from "../../core/insights/report.types.js";
import type { Actor } from "../../core/people/people.types.js";
import { createTestContext, DIALECTS, type TestContext } from "../testing/test-databases.js";
import { type InsightHistory, WINDOW, writeInsightHistory } from "./insight-history.fixture.js";

const leader: Actor = { id: 1, roles: ["member", "leader"], kind: "staff", campusId: null };
const admin: Actor = { id: 1, roles: ["member", "admin"], kind: "staff", campusId: null };
const reports = new Map<string, { current: DependencyReport; previous: DependencyReport }>();
const ASC = [1, 1, 1, 2, 5];

for (const dialect of DIALECTS) {
  describe(`insight records on ${dialect}`, () => {
    let t: TestContext;
    let history: InsightHistory;
    beforeAll(async () => {
      t = await createTestContext(dialect);
      history = await writeInsightHistory(t.ctx.db.kysely);
    });
    afterAll(() => t.close());
    const run = (query: object = {}) => dependencyInsights({ source: t.ctx.repos.insights, now: t.clock.now() }, leader, { ...WINDOW, ...query });

    it("gives the hand-computed report for the window and the previous period", async () => {
      const { current, previous } = await run();
      reports.set(dialect, { current, previous });
      expect([current.from, current.to]).toEqual([WINDOW.from, WINDOW.to]);
      // Helpers: resolutions 5, 2, 1, 1, 1 → the top ceil(0.2·5) = 1 made 5/10; Gini 18/50.
      expect(current.helpers.n).toBe(5);
      expect(current.helpers.top20Share).toBeCloseTo(0.5, 12);
      expect(current.helpers.gini).toBeCloseTo(0.36, 12);
      const cumulative = ASC.map((_, i) => ASC.slice(0, i + 1).reduce((a, b) => a + b, 0) / 10);
      expect(current.helpers.lorenz.map(([x, y]) => [x, y])).toEqual([[0, 0], ...ASC.map((_, i) => [(i + 1) / 5, cumulative[i]])]);
      // Requesters: 6, 3, 2, 1 → top 1 of 4 made 6/12; Gini 16/48.
      expect([current.requesters.n, current.requesters.top20Share]).toEqual([4, 0.5]);
      expect(current.requesters.gini).toBeCloseTo(1 / 3, 12);
      // Bus factor: Chromebooks h1 2 of 4 → 1; Network h1 2 of 3 → 1 (flagged); Devices 1+1+1 → 2.
      expect(current.topics).toEqual([
        { topic: "Chromebooks", busFactor: 1, resolutions: 4 },
        { topic: "Network", busFactor: 1, resolutions: 3 },
        { topic: "Devices", busFactor: 2, resolutions: 3 },
      ]);
      const r = current.rates;
      expect(r.support).toBeCloseTo(5 / 12, 12); // guide/idea: 5 of 12
      expect(r.avoidableService).toBeCloseTo(4 / 12, 12); // do on learnable: 4 of 12
      expect(r.deflection).toBeCloseTo(4 / 16, 12); // 4 deflections, 12 requests
      expect(r.learning).toBeCloseTo(3 / 5, 12); // resolved guide/idea answered: 5, yes: 3
      expect(r.repeat).toBeCloseTo(5 / 12, 12); // r1 network, r1 chromebooks ×2, r2 devices, r3 devices (May history)
      expect(r.community).toBeCloseTo(5 / 10, 12); // 5 of 10 resolutions by people without the tech role
      expect(r.link).toBeCloseTo(3 / 10, 12); // "viewed" links don't count
      // Months cut in the first campus's zone (Europe/London), so the window is June–August.
      expect(current.monthly.map((m) => [m.month, m.requests, m.resolutions])).toEqual([["2026-06", 0, 0], ["2026-07", 12, 10], ["2026-08", 0, 0]]);
      expect(current.monthly[1]!.rates.deflection).toBeCloseTo(0.25, 12);
      // The previous 92 days hold the May request only.
      expect([previous.from, previous.to]).toEqual(["2026-02-28T23:00:00.000Z", WINDOW.from]);
      expect([previous.helpers.n, previous.helpers.top20Share, previous.requesters.n]).toEqual([1, 1, 1]);
      expect([previous.rates.support, previous.rates.learning, previous.rates.community, previous.rates.repeat, previous.rates.deflection]).toEqual([1, 1, 0, 0, 0]);
    });

    it("filters by campus (in that campus's zone) and by topic with its subtopics", async () => {
      const south = (await run({ campusId: history.campuses.south })).current;
      expect([south.requesters.n, south.helpers.n, south.rates.deflection]).toEqual([1, 1, 0.5]);
      expect(south.monthly.map((m) => m.month)).toEqual(["2026-05", "2026-06", "2026-07", "2026-08"]);
      const devices = (await run({ topicId: history.topics.devices })).current;
      expect(devices.topics.map((t) => t.topic).sort()).toEqual(["Chromebooks", "Devices"]);
      expect(devices.monthly[1]!.requests).toBe(9);
      const chromebooks = (await run({ topicId: history.topics.chromebooks })).current;
      expect(chromebooks.topics).toEqual([{ topic: "Chromebooks", busFactor: 1, resolutions: 4 }]);
      expect(chromebooks.rates.deflection).toBeCloseTo(4 / 9, 12);
    });

    it("streams past one page and counts people for the drill-down", async () => {
      const items = (await insightPeople({ source: t.ctx.repos.insights, settings: t.ctx.repos.settings, now: t.clock.now() }, admin, "helpers", { ...WINDOW })).items;
      expect(items.map((i) => [i.label, i.count])).toEqual([["Tess Tech", 5], ["Hugo Helper", 2], ["Hana Southhelper", 1], ["Olga Other", 1], ["Tim Teamstudent", 1]]);
      const big = await t.ctx.db.kysely.selectFrom("requests").selectAll().where("title", "=", "do on network").limit(1).executeTakeFirstOrThrow();
      const { id: _id, ...copy } = big;
      void _id;
      const rows = Array.from({ length: 2500 }, () => ({ ...copy, created_at: "2022-06-01T00:00:00.000Z", resolved_at: null }));
      for (let i = 0; i < rows.length; i += 250) await t.ctx.db.kysely.insertInto("requests").values(rows.slice(i, i + 250)).execute();
      const more = await run({ from: "2022-01-01T00:00:00.000Z", to: "2026-08-31T23:00:00.000Z" });
      expect(more.current.monthly.reduce((n, m) => n + m.requests, 0)).toBe(2500 + 13);
    });
  });
}

describe("both engines", () => {
  it("give identical reports for the same history", () => {
    expect(reports.size).toBe(DIALECTS.length);
    const [first, ...others] = [...reports.values()];
    for (const other of others) expect(JSON.stringify(other)).toBe(JSON.stringify(first));
  });
});
