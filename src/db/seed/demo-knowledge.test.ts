import { describe, expect, it } from "vitest";
import { bodyAtVersion, DEMO_ARTICLE_TEXTS } from "./demo-article-texts.js";
import { CREATED_FROM_COUNT } from "./demo-articles.js";
import { type DemoKnowledge, planDemoKnowledge } from "./demo-knowledge.js";
import { DEFLECTION_COUNT } from "./demo-knowledge-use.js";
import { type DemoHistory, planDemoHistory } from "./demo-requests.js";

const words = (markdown: string) => markdown.split(/\s+/).filter(Boolean).length;
const published = (state: string) => state === "validated" || state === "unvalidated";

/** Per quarter of the year: resolved requests with any article link / resolved requests (DESIGN.md "Link rate"). */
function linkRates(h: DemoHistory, k: DemoKnowledge): number[] {
  const linked = new Set(k.links.map((l) => l.request));
  return [0, 1, 2, 3].map((q) => {
    const [a, b] = [h.from + (q * (h.to - h.from)) / 4, h.from + ((q + 1) * (h.to - h.from)) / 4];
    const resolved = h.requests.filter((r) => r.resolvedAt !== null && r.resolvedAt >= a && r.resolvedAt < b);
    return resolved.filter((r) => linked.has(r.index)).length / resolved.length;
  });
}

describe("the demo knowledge base's texts", () => {
  it("has at least 64 articles with distinct titles, 80–400 words of Markdown each", () => {
    expect(DEMO_ARTICLE_TEXTS.length).toBeGreaterThanOrEqual(64);
    expect(new Set(DEMO_ARTICLE_TEXTS.map((t) => t.title)).size).toBe(DEMO_ARTICLE_TEXTS.length);
    for (const t of DEMO_ARTICLE_TEXTS) {
      expect(words(t.body), t.title).toBeGreaterThanOrEqual(80);
      expect(words(t.body), t.title).toBeLessThanOrEqual(400);
      expect(t.body, t.title).toMatch(/^## /m);
    }
  });

  it("writes no raw HTML and links only to https pages", () => {
    for (const t of DEMO_ARTICLE_TEXTS) {
      expect(t.body, t.title).not.toMatch(/<\/?[a-z!][^>]*>/i);
      for (const [, url] of t.body.matchAll(/\]\(([^)]+)\)/g)) expect(url, t.title).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}(\/|$)/);
    }
    const linking = DEMO_ARTICLE_TEXTS.filter((t) => /\]\(https:/.test(t.body));
    expect(linking.length).toBeGreaterThanOrEqual(0.6 * DEMO_ARTICLE_TEXTS.length);
  });

  it("keeps each earlier version a shorter, true prefix of the article", () => {
    for (const t of DEMO_ARTICLE_TEXTS.filter((x) => x.revisions)) {
      const v1 = bodyAtVersion(t, 1);
      expect(t.body.startsWith(v1), t.title).toBe(true);
      expect(words(v1), t.title).toBeLessThan(words(t.body));
    }
  });
});

// Two "nows" in different seasons: the demo must look right whenever it is started.
for (const now of ["2026-09-01T08:00:00Z", "2027-03-15T10:00:00Z"]) {
  describe(`planDemoKnowledge at ${now}`, () => {
    const h = planDemoHistory(new Date(now));
    const k = planDemoKnowledge(h);
    const count = (state: string) => k.articles.filter((a) => a.state === state).length;

    it("is the same on every run", () => {
      const again = planDemoKnowledge(h);
      expect(again.links).toEqual(k.links);
      expect(again.deflections).toEqual(k.deflections);
      expect(again.articles.map((a) => [a.createdAt, a.author, a.views])).toEqual(k.articles.map((a) => [a.createdAt, a.author, a.views]));
    });

    it("gives every learnable topic at least two published articles for everyone or staff", () => {
      for (const topic of h.topics.filter((t) => t.nature === "learnable")) {
        const readable = k.articles.filter((a) => a.topics.includes(topic.index) && published(a.state) && a.audience !== "tech");
        expect(readable.length, topic.name).toBeGreaterThanOrEqual(2);
      }
      for (const topic of h.topics.filter((t) => t.nature === "specialist")) {
        expect(k.articles.filter((a) => a.topics.includes(topic.index) && a.audience === "tech").length, topic.name).toBeGreaterThanOrEqual(1);
      }
    });

    it("mixes states and audiences the way a living knowledge base does", () => {
      expect({ draft: count("draft"), archived: count("archived") }).toEqual({ draft: 3, archived: 2 });
      expect(count("unvalidated")).toBeGreaterThanOrEqual(5);
      expect(count("validated")).toBeGreaterThan(k.articles.length / 2);
      for (const audience of ["everyone", "staff", "tech"]) expect(k.articles.some((a) => a.audience === audience)).toBe(true);
      const revised = k.articles.filter((a) => a.versions.length > 1);
      expect(revised.length).toBeGreaterThanOrEqual(12);
      expect(revised.every((a) => a.versions.every((v, i) => v.version === i + 1 && v.at >= a.createdAt && v.at <= h.to))).toBe(true);
    });

    it("has articles written by the tech team and by community helpers, runbooks by tech only", () => {
      const tech = new Set(h.cast.helpers.filter((x) => x.tech).map((x) => x.person));
      const publishers = new Set(h.cast.helpers.map((x) => x.person));
      expect(k.articles.every((a) => publishers.has(a.author))).toBe(true);
      expect(k.articles.filter((a) => a.audience === "tech").every((a) => tech.has(a.author))).toBe(true);
      expect(k.articles.filter((a) => !tech.has(a.author)).length).toBeGreaterThanOrEqual(10);
      expect(k.articles.filter((a) => a.validatedBy !== null).every((a) => tech.has(a.validatedBy!))).toBe(true);
    });

    it("links resolved requests at a rate rising from about 20% to about 60%", () => {
      const [first, second, third, last] = linkRates(h, k);
      expect(first).toBeGreaterThan(0.15);
      expect(first).toBeLessThan(0.3);
      expect(last).toBeGreaterThan(0.5);
      expect(last).toBeLessThan(0.7);
      expect(first! < second! && second! < third! && third! < last!).toBe(true);
      const guided = k.links.filter((l) => l.kind === "solved_by" && h.requests[l.request]!.resolutionKind === "guided");
      expect(guided.length).toBeGreaterThan(k.links.filter((l) => l.kind === "referenced").length);
    });

    it("links only articles that existed, on the request's topic, when it was resolved", () => {
      for (const l of k.links) {
        const r = h.requests[l.request]!;
        const a = k.articles[l.article]!;
        expect(r.resolvedAt).not.toBeNull();
        expect(a.topics).toContain(r.topic);
        if (l.kind !== "created_from") expect(a.createdAt < r.resolvedAt! && a.state !== "draft").toBe(true);
      }
    });

    it("captures twenty articles from requests, each written after its request was resolved", () => {
      const captured = k.links.filter((l) => l.kind === "created_from");
      expect(captured).toHaveLength(CREATED_FROM_COUNT);
      expect(new Set(captured.map((l) => l.request)).size).toBe(CREATED_FROM_COUNT);
      for (const l of captured) {
        const a = k.articles[l.article]!;
        const r = h.requests[l.request]!;
        expect(a.createdAt).toBeGreaterThan(r.resolvedAt!);
        expect(a.createdAt).toBeLessThanOrEqual(h.to);
        expect(a.author).toBe(r.resolver);
        expect(l).toMatchObject({ by: a.author, at: a.createdAt });
      }
    });

    it("records ~150 deflections, more later in the year, kept as the article's phrasings", () => {
      expect(k.deflections).toHaveLength(DEFLECTION_COUNT);
      const mid = (h.from + h.to) / 2;
      expect(k.deflections.filter((d) => d.at >= mid).length).toBeGreaterThan(2 * k.deflections.filter((d) => d.at < mid).length);
      const phrasings = k.phrasings.filter((p) => p.source === "deflection").map((p) => [p.article, p.text, p.at]);
      expect(phrasings).toEqual(k.deflections.map((d) => [d.article, d.text, d.at]));
      for (const d of k.deflections) {
        const a = k.articles[d.article]!;
        expect(published(a.state) && a.createdAt < d.at && a.audience !== "tech").toBe(true);
        if (h.people[d.person]!.kind === "student") expect(a.audience).toBe("everyone");
      }
    });

    it("keeps the counts in agreement with the feedback and deflections", () => {
      for (const a of k.articles) {
        const votes = k.feedback.filter((f) => f.article === a.index);
        const deflected = k.deflections.filter((d) => d.article === a.index).length;
        expect(a.helped).toBe(votes.filter((f) => f.helped).length + deflected);
        expect(a.notHelped).toBe(votes.filter((f) => !f.helped).length);
        expect(a.views).toBeGreaterThanOrEqual(a.helped + a.notHelped);
        if (a.state === "draft") expect(a.helped + a.notHelped).toBe(0);
      }
      expect(k.feedback.every((f) => f.at >= k.articles[f.article]!.createdAt && f.at <= h.to)).toBe(true);
    });
  });
}
