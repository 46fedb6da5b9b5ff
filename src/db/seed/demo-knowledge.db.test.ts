import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestContext, DIALECTS, type TestContext } from "../testing/test-databases.js";
import { planDemoKnowledge } from "./demo-knowledge.js";
import { planDemoHistory } from "./demo-requests.js";
import { seedDemo } from "./demo-seed.js";

const NOW = new Date("2026-09-01T08:00:00Z");
const TABLES = ["articles", "article_versions", "article_topics", "article_links", "article_feedback", "deflections", "article_phrasings"] as const;

for (const dialect of DIALECTS) {
  describe(`the demo's knowledge base on ${dialect}`, () => {
    let t: TestContext;
    const plan = planDemoKnowledge(planDemoHistory(NOW));
    beforeAll(async () => {
      t = await createTestContext(dialect, { now: NOW });
      await seedDemo(t.ctx);
    });
    afterAll(() => t.close());

    const db = () => t.ctx.db.kysely;
    const count = async (table: (typeof TABLES)[number] | "events") => Number((await db().selectFrom(table).select(sql<number>`count(*)`.as("n")).executeTakeFirstOrThrow()).n);
    const counts = async () => Object.fromEntries(await Promise.all([...TABLES, "events" as const].map(async (table) => [table, await count(table)])));

    it("writes every planned article with its versions, topics, links, feedback, deflections and phrasings", async () => {
      expect(await counts()).toMatchObject({
        articles: plan.articles.length,
        article_versions: plan.articles.reduce((n, a) => n + a.versions.length, 0),
        article_topics: plan.articles.reduce((n, a) => n + a.topics.length, 0),
        article_links: plan.links.length,
        article_feedback: plan.feedback.length,
        deflections: plan.deflections.length,
        article_phrasings: plan.phrasings.length,
      });
      expect(plan.articles.length).toBeGreaterThanOrEqual(64);
      const states = await db().selectFrom("articles").select(["state", sql<number>`count(*)`.as("n")]).groupBy("state").orderBy("state").execute();
      expect(states.map((s) => [s.state, Number(s.n)])).toEqual(
        ["archived", "draft", "unvalidated", "validated"].map((s) => [s, plan.articles.filter((a) => a.state === s).length]),
      );
    });

    it("reads back through the repositories, with version 1 and the latest version's text", async () => {
      const row = await db().selectFrom("articles").select("id").where("title", "=", "Connect a laptop to the classroom projector (HDMI and wireless)").executeTakeFirstOrThrow();
      const article = await t.ctx.repos.articles.findById(row.id);
      const versions = await t.ctx.repos.versions.list(row.id);
      expect(article).toMatchObject({ state: "validated", audience: "everyone", version: 3 });
      expect(versions.map((v) => v.version)).toEqual([3, 2, 1]);
      expect(versions[0]!.body).toBe(article!.body);
      expect(versions[2]!.note).toBe("Created");
      expect(article!.topicIds.length).toBe(2);
    });

    it("keeps helped and not-helped counts equal to the feedback rows plus deflections", async () => {
      const rows = await db()
        .selectFrom("articles as a")
        .select([
          "a.helped_count",
          "a.not_helped_count",
          (eb) => eb.selectFrom("article_feedback as f").select(sql<number>`count(*)`.as("n")).whereRef("f.article_id", "=", "a.id").where("f.helped", "=", 1).as("yes"),
          (eb) => eb.selectFrom("article_feedback as f").select(sql<number>`count(*)`.as("n")).whereRef("f.article_id", "=", "a.id").where("f.helped", "=", 0).as("no"),
          (eb) => eb.selectFrom("deflections as d").select(sql<number>`count(*)`.as("n")).whereRef("d.article_id", "=", "a.id").as("deflected"),
        ])
        .execute();
      for (const r of rows) {
        expect(Number(r.helped_count)).toBe(Number(r.yes) + Number(r.deflected));
        expect(Number(r.not_helped_count)).toBe(Number(r.no));
      }
    });

    it("dates created_from articles after their request was resolved, and links only resolved requests", async () => {
      const captured = await db()
        .selectFrom("article_links as l")
        .innerJoin("articles as a", "a.id", "l.article_id")
        .innerJoin("requests as r", "r.id", "l.request_id")
        .select(["a.created_at as written", "r.resolved_at as resolved", "l.created_by", "a.author_id"])
        .where("l.kind", "=", "created_from")
        .execute();
      expect(captured).toHaveLength(20);
      for (const c of captured) {
        expect(c.resolved !== null && c.resolved < c.written).toBe(true);
        expect(c.created_by).toBe(c.author_id);
      }
      const unresolved = await db().selectFrom("article_links as l").innerJoin("requests as r", "r.id", "l.request_id").select("l.request_id").where("r.resolved_at", "is", null).execute();
      expect(unresolved).toEqual([]);
    });

    it("appends the events the use cases would, dated before now", async () => {
      const byType = await db().selectFrom("events").select(["type", sql<number>`count(*)`.as("n")]).where("subject_type", "=", "article").groupBy("type").execute();
      const n = (type: string) => Number(byType.find((e) => e.type === type)?.n ?? 0);
      expect(n("article.created")).toBe(plan.articles.length);
      expect(n("article.deflected")).toBe(plan.deflections.length);
      expect(n("article.helped") + n("article.not_helped")).toBe(plan.feedback.length);
      expect(n("article.linked")).toBe(plan.links.filter((l) => l.kind !== "created_from").length);
      const last = await db().selectFrom("events").select(sql<string>`max(created_at)`.as("at")).where("subject_type", "=", "article").executeTakeFirstOrThrow();
      expect(last.at < NOW.toISOString()).toBe(true);
    });

    it("adds nothing on a second run", async () => {
      const before = await counts();
      expect(await seedDemo(t.ctx)).toMatchObject({ seeded: false, skipped: "already_seeded" });
      expect(await counts()).toEqual(before);
    });
  });
}
