import { describe, expect, it } from "vitest";
import { type DemoHistory, planDemoHistory } from "./demo-requests.js";
import type { PlannedRequest } from "./demo-request-story.js";

const DAY = 86_400_000;

/** DESIGN.md "Helper concentration": the share of resolutions the top ceil(0.2·n) helpers made. */
function topShare(counts: Map<number, number>): number {
  const sorted = [...counts.values()].sort((a, b) => b - a);
  const total = sorted.reduce((s, n) => s + n, 0);
  return sorted.slice(0, Math.ceil(0.2 * sorted.length)).reduce((s, n) => s + n, 0) / total;
}

/** The twelve windows [from, to) of the history, with their concentration and support share. */
function months(h: DemoHistory) {
  const width = (h.to - h.from) / 12;
  return Array.from({ length: 12 }, (_, m) => {
    const [a, b] = [h.from + m * width, h.from + (m + 1) * width];
    const resolvers = new Map<number, number>();
    for (const r of h.requests) {
      for (const e of r.events) {
        const who = e.data.resolverId;
        if (e.type === "request.resolved" && e.at >= a && e.at < b && typeof who === "number") resolvers.set(who, (resolvers.get(who) ?? 0) + 1);
      }
    }
    const created = h.requests.filter((r) => r.createdAt >= a && r.createdAt < b);
    return { top20: topShare(resolvers), support: created.filter((r) => r.mode !== "do").length / created.length };
  });
}

/** Replays a request's events into the columns they imply, the way the use cases would set them. */
function replay(r: PlannedRequest) {
  const s = { status: "new", mode: r.requestedMode, assignee: null as unknown, resolver: null as unknown, kind: null as unknown, selfReliance: null as unknown, closedAt: null as number | null, resolvedAt: null as number | null };
  for (const e of r.events) {
    if (e.type === "request.status_changed") {
      expect(e.data.from).toBe(s.status);
      s.status = String(e.data.to);
      if (s.status === "closed") s.closedAt = e.at;
      if (s.status === "reopened") Object.assign(s, { resolver: null, kind: null, resolvedAt: null });
    }
    if (e.type === "request.assigned") s.assignee = e.data.assigneeId;
    if (e.type === "request.mode_corrected") s.mode = e.data.to as PlannedRequest["mode"];
    if (e.type === "request.resolved") Object.assign(s, { status: "resolved", resolver: e.data.resolverId, kind: e.data.kind, resolvedAt: e.at });
    if (e.type === "request.feedback") s.selfReliance = e.data.selfReliance;
  }
  return s;
}

// Three "nows" in different seasons: the demo must look right whenever it is started.
for (const now of ["2026-09-01T08:00:00Z", "2027-03-15T10:00:00Z", "2026-12-20T16:00:00Z"]) {
  describe(`planDemoHistory at ${now}`, () => {
    const h = planDemoHistory(new Date(now));
    const all = h.requests;

    it("plans at least 1,600 requests, the same ones on every run", () => {
      expect(all.length).toBeGreaterThanOrEqual(1600);
      expect(planDemoHistory(new Date(now)).requests.slice(0, 50)).toEqual(all.slice(0, 50));
    });

    it("keeps every date in the past year, over a day old, and each story in order", () => {
      const limit = new Date(now).getTime() - DAY;
      for (const r of all) {
        expect(r.createdAt).toBeGreaterThanOrEqual(new Date(now).getTime() - 365 * DAY);
        expect(r.events[0]).toMatchObject({ type: "request.created", at: r.createdAt, actor: r.requester });
        const mine = r.events.filter((e) => e.type !== "request.merged_from");
        for (let i = 1; i < mine.length; i++) expect(mine[i]!.at).toBeGreaterThanOrEqual(mine[i - 1]!.at);
        expect(Math.max(...r.events.map((e) => e.at), r.updatedAt)).toBeLessThan(limit);
      }
      for (const m of h.messages) expect(m.at).toBeGreaterThanOrEqual(all[m.request]!.createdAt);
    });

    it("concentrates resolutions on a few helpers early and spreads them late (top-20% share)", () => {
      const shares = months(h).map((m) => m.top20);
      for (const share of shares.slice(0, 3)) expect(share).toBeGreaterThanOrEqual(0.75);
      for (const share of shares.slice(9)) expect(share).toBeLessThanOrEqual(0.6);
    });

    it("moves from service to support: the support share rises", () => {
      const support = months(h).map((m) => m.support);
      const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
      expect(mean(support.slice(9)) - mean(support.slice(0, 3))).toBeGreaterThan(0.15);
      expect(support[11]).toBeGreaterThan(support[0]!);
    });

    it("assigns only helpers and tech, never the requester; resolvers held the request", () => {
      const helps = (i: number) => h.people[i]!.roles.some((role) => role === "helper" || role === "tech");
      for (const r of all) {
        if (r.assignee !== null) expect(helps(r.assignee) && r.assignee !== r.requester).toBe(true);
        if (r.resolver !== null) expect(r.resolver).toBe(r.assignee);
      }
      const assignees = new Set(all.map((r) => r.assignee));
      for (const email of ["tech@riverside.example", "helper@riverside.example", "studenttech@riverside.example"]) expect(assignees).toContain(h.cast.byEmail.get(email));
    });

    it("has a heavy tail of requesters, with teacher@ among the most frequent", () => {
      const counts = new Map<number, number>();
      for (const r of all) counts.set(r.requester, (counts.get(r.requester) ?? 0) + 1);
      const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
      expect(ranked.slice(0, 3).map(([p]) => h.people[p]!.email)).toContain("teacher@riverside.example");
      expect(ranked.slice(0, Math.ceil(ranked.length / 10)).reduce((s, [, n]) => s + n, 0) / all.length).toBeGreaterThan(0.3);
      expect(ranked.length).toBeGreaterThan(100);
    });

    it("keeps the columns in agreement with the events", () => {
      for (const r of all) {
        const s = replay(r);
        expect({ status: r.status, mode: r.mode, assignee: r.assignee, resolver: r.resolver, kind: r.resolutionKind, closedAt: r.closedAt, resolvedAt: r.resolvedAt }).toEqual({
          status: s.status, mode: s.mode, assignee: s.assignee, resolver: s.resolver, kind: s.kind, closedAt: s.closedAt, resolvedAt: s.resolvedAt,
        });
        expect(r.selfReliance).toBe(s.selfReliance);
        expect(r.version).toBeGreaterThanOrEqual(1);
      }
    });

    it("resolves by mode and nature, with about 8% of modes corrected by triage", () => {
      for (const r of all) {
        if (r.resolutionKind === "guided") expect(r.mode).not.toBe("do");
        if (r.resolutionKind === "done_for") expect([r.mode, r.nature]).toEqual(["do", "learnable"]);
        if (r.resolutionKind === "specialist_fix") expect([r.mode, r.nature]).toEqual(["do", "specialist"]);
      }
      const corrected = all.filter((r) => r.mode !== r.requestedMode);
      expect(corrected.length / all.length).toBeGreaterThan(0.05);
      expect(corrected.length / all.length).toBeLessThan(0.11);
      for (const r of corrected) expect(r.events.some((e) => e.type === "request.mode_corrected")).toBe(true);
      const kinds = new Set(all.map((r) => r.resolutionKind));
      for (const kind of ["guided", "done_for", "specialist_fix", "self_solved", "duplicate", "not_needed"]) expect(kinds).toContain(kind);
    });

    it("asks 'could you do this yourself?' of most, mostly yes after guidance and no after service", () => {
      const resolved = all.filter((r) => r.resolutionKind && ["guided", "done_for", "specialist_fix"].includes(r.resolutionKind));
      const answered = resolved.filter((r) => r.selfReliance !== null);
      expect(answered.length / resolved.length).toBeGreaterThan(0.5);
      const share = (kind: string, answers: string[]) => {
        const of = answered.filter((r) => r.resolutionKind === kind);
        return of.filter((r) => answers.includes(r.selfReliance!)).length / of.length;
      };
      expect(share("guided", ["yes", "partly"])).toBeGreaterThan(0.7);
      expect(share("done_for", ["no"])).toBeGreaterThan(0.55);
    });

    it("leaves the last two weeks' queue alive: every open status, unassigned ones and some for helper@", () => {
      const recent = all.filter((r) => r.createdAt > h.to - 14 * DAY);
      const open = recent.filter((r) => !["resolved", "closed"].includes(r.status));
      expect(new Set(open.map((r) => r.status))).toEqual(new Set(["new", "triaged", "in_progress", "waiting", "reopened"]));
      expect(open.some((r) => r.assignee === null)).toBe(true);
      expect(open.some((r) => r.assignee === h.cast.byEmail.get("helper@riverside.example"))).toBe(true);
      expect(all.filter((r) => r.createdAt < h.to - 60 * DAY).every((r) => r.status === "closed")).toBe(true);
    });

    it("writes each topic in several dozen ways, in the words of the mode", () => {
      const byTopic = new Map<number, Set<string>>();
      for (const r of all) byTopic.set(r.topic, (byTopic.get(r.topic) ?? new Set()).add(`${r.title}|${r.description}`));
      for (const [topic, texts] of byTopic) if (all.filter((r) => r.topic === topic).length >= 40) expect(texts.size).toBeGreaterThanOrEqual(36);
      const ideas = all.filter((r) => r.mode === "idea" && r.requestedMode === "idea");
      expect(ideas.filter((r) => /I'd love|Idea|I want|Can we|Could|want to/.test(r.title + r.description)).length / ideas.length).toBeGreaterThan(0.9);
      expect(all.filter((r) => r.mode === "do").filter((r) => /please|won't|can't|not |dead|broken|locked|jammed|blocked|out of|down|slow/i.test(r.title + r.description)).length).toBeGreaterThan(0.9 * all.filter((r) => r.mode === "do").length);
    });
  });
}
