import { describe, expect, it } from "vitest";
import type { Actor, Role } from "../people/people.types.js";
import { dependencyInsights, dependencyReport, type InsightSource, previousWindow, resolveWindow, type SourcedRecord } from "./dependency-insights.js";

const actor = (...roles: Role[]): Actor => ({ id: 1, roles: ["member", ...roles], kind: "staff", campusId: null });
const now = new Date("2026-09-01T08:00:00.000Z");

function fakeSource(records: SourcedRecord[]): InsightSource & { asked: { since: string; to: string }[] } {
  const asked: { since: string; to: string }[] = [];
  return {
    asked,
    async *records(filter) {
      asked.push({ since: filter.since, to: filter.to });
      yield* records;
    },
    deflections: async () => ({ total: 0, byMonth: new Map() }),
    timeZone: async (campusId) => (campusId === 7 ? null : "UTC"),
    topicExists: async (id) => id === 1,
    people: async () => [],
  };
}

const record = (created: string, resolved: string | null): SourcedRecord => ({
  requesterId: 1, helperId: 2, requester: "1", helper: resolved ? "2" : null, helperIsTech: resolved ? false : null, topic: "T",
  created: Date.parse(created), resolved: resolved ? Date.parse(resolved) : null, mode: "guide", nature: "learnable", selfReliance: null, linked: false,
});

describe("dependency insights", () => {
  it("is for leaders, tech and admins only", async () => {
    for (const roles of [[], ["helper"]] as Role[][]) {
      await expect(dependencyInsights({ source: fakeSource([]), now }, actor(...roles), {})).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    for (const role of ["leader", "tech", "admin"] as Role[]) {
      await expect(dependencyInsights({ source: fakeSource([]), now }, actor(role), {})).resolves.toBeDefined();
    }
  });

  it("defaults to the last 12 months ending now and checks the window", async () => {
    const w = await resolveWindow({ source: fakeSource([]), now }, {});
    expect([w.from.toISOString(), w.to.toISOString(), w.timeZone]).toEqual(["2025-09-01T08:00:00.001Z", "2026-09-01T08:00:00.001Z", "UTC"]);
    await expect(resolveWindow({ source: fakeSource([]), now }, { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(resolveWindow({ source: fakeSource([]), now }, { from: "2020-01-01T00:00:00Z", to: "2026-01-01T00:00:00Z" })).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(resolveWindow({ source: fakeSource([]), now }, { campusId: 7 })).rejects.toMatchObject({ code: "CAMPUS_NOT_FOUND" });
    await expect(resolveWindow({ source: fakeSource([]), now }, { topicId: 2 })).rejects.toMatchObject({ code: "TOPIC_NOT_FOUND" });
    expect(previousWindow({ from: new Date("2026-03-01T00:00:00Z"), to: new Date("2026-03-11T00:00:00Z") })).toEqual({ from: new Date("2026-02-19T00:00:00Z"), to: new Date("2026-03-01T00:00:00Z") });
  });

  it("reads once for both periods, from 90 days before the previous one, and splits the records between them", async () => {
    const source = fakeSource([record("2026-02-10T00:00:00Z", "2026-03-05T00:00:00Z"), record("2026-03-06T00:00:00Z", null), record("2026-01-01T00:00:00Z", null)]);
    const { current, previous } = await dependencyInsights({ source, now }, actor("leader"), { from: "2026-03-01T00:00:00Z", to: "2026-04-01T00:00:00Z" });
    expect(source.asked).toEqual([{ since: "2025-10-31T00:00:00.000Z", to: "2026-04-01T00:00:00.000Z" }]);
    expect([current.monthly[0]!.requests, current.monthly[0]!.resolutions, current.helpers.n]).toEqual([1, 1, 1]);
    expect(current.rates.repeat).toBe(1);
    expect([previous.from, previous.to]).toEqual(["2026-01-29T00:00:00.000Z", "2026-03-01T00:00:00.000Z"]);
    expect(previous.monthly.reduce((n, m) => n + m.requests, 0)).toBe(1);
  });

  it("reports the window alone (the CSV) with the same figures, reading only from 90 days before it", async () => {
    const records = [record("2026-02-10T00:00:00Z", "2026-03-05T00:00:00Z"), record("2026-03-06T00:00:00Z", null)];
    const window = { from: "2026-03-01T00:00:00Z", to: "2026-04-01T00:00:00Z" };
    const source = fakeSource(records);
    const alone = await dependencyReport({ source, now }, actor("leader"), window);
    expect(source.asked).toEqual([{ since: "2025-12-01T00:00:00.000Z", to: "2026-04-01T00:00:00.000Z" }]);
    expect(alone).toEqual((await dependencyInsights({ source: fakeSource(records), now }, actor("leader"), window)).current);
    await expect(dependencyReport({ source, now }, actor("helper"), window)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
