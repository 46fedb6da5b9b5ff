import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPerson } from "../../../core/people/create-person.js";
import type { ArticleState, ArticleVisibility, Audience } from "../../../core/knowledge/knowledge.types.js";
import type { ArticleSearchIndex, ArticleSearchQuery, IndexedArticle } from "../../../core/knowledge/search.ports.js";
import { DIALECTS, createTestContext, type TestContext } from "../../testing/test-databases.js";
import { articleSearchFor } from "./article-search.js";
import type { SearchTables } from "./article-search.tables.js";

const STUDENT = (personId: number): ArticleVisibility => ({ audiences: ["everyone"], states: ["unvalidated", "validated"], personId });
const TECH = (personId: number): ArticleVisibility => ({ audiences: ["everyone", "staff", "tech"], states: ["draft", "unvalidated", "validated", "archived"], personId });

for (const dialect of DIALECTS) {
  describe(`article search index (${dialect})`, () => {
    let test: TestContext;
    let search: ArticleSearchIndex;
    let author: number;
    let other: number;
    const ids: Record<string, number> = {};

    /** Inserts the article row (the index references it) and indexes it. */
    async function add(key: string, a: { title: string; body: string; audience?: Audience; state?: ArticleState; authorId?: number | null; topicIds?: number[]; phrasings?: string[] }) {
      const at = "2026-09-01T08:00:00.000Z";
      const row = await test.ctx.db.kysely
        .insertInto("articles")
        .values({ title: a.title, body: a.body, state: a.state ?? "validated", audience: a.audience ?? "everyone", author_id: a.authorId ?? null, created_at: at, updated_at: at })
        .returning("id")
        .executeTakeFirstOrThrow();
      ids[key] = row.id;
      await search.index(indexed(row.id, a));
      return row.id;
    }
    const indexed = (articleId: number, a: Parameters<typeof add>[1]): IndexedArticle => ({
      articleId,
      title: a.title,
      body: a.body,
      phrasings: a.phrasings ?? [],
      topicIds: a.topicIds ?? [],
      audience: a.audience ?? "everyone",
      state: a.state ?? "validated",
      authorId: a.authorId ?? null,
    });
    const find = async (text: string, q: Partial<ArticleSearchQuery> = {}) => {
      const hits = await search.search({ text, limit: 10, visibility: TECH(author), ...q });
      return hits.map((h) => Object.entries(ids).find(([, id]) => id === h.articleId)?.[0]);
    };

    beforeAll(async () => {
      test = await createTestContext(dialect);
      search = articleSearchFor(test.ctx.db.kysely, dialect);
      const person = (name: string, kind: "teacher" | "student") =>
        test.ctx.tx((repos) =>
          createPerson({ people: repos.people, campuses: repos.campuses, events: repos.events, clock: test.ctx.clock, hasher: test.ctx.hasher }, null, {
            name,
            email: `${name.toLowerCase()}@school.example`,
            kind,
            roles: [],
            campusId: null,
            password: "correct horse battery",
          }),
        );
      author = (await person("Avery", "teacher")).id;
      other = (await person("Sam", "student")).id;
      await add("printer", { title: "Add a printer to your Chromebook", body: "Open **Settings**, choose *Printers*, then [add printer](https://example.com/help).", topicIds: [1] });
      await add("password", { title: "Reset your school password", body: "Use the self-service page to reset a forgotten password.", topicIds: [2] });
      await add("projector", { title: "Connect a laptop to the classroom projector", body: "Plug the HDMI cable into the wall plate and press Source.", audience: "staff", topicIds: [1] });
      await add("firewall", { title: "Change a firewall rule", body: "Only the tech team changes firewall rules, in the admin console.", audience: "tech", topicIds: [3] });
      await add("wifiDraft", { title: "Wifi for guests (draft)", body: "Guests join the visitor network with the daily code.", state: "draft", authorId: author });
      await add("samDraft", { title: "Wifi tips from Sam", body: "My notes on the guest wifi network.", state: "draft", authorId: other });
      await add("archived", { title: "Old printer driver install", body: "Install the legacy printer driver.", state: "archived" });
      await add("shared", { title: "Share a Google Doc with your class", body: "Click Share, then add the class group. Printing a document is under File.", topicIds: [2] });
    });
    afterAll(() => test.close());

    it("finds articles by word forms: printers ↔ printer, printing → print", async () => {
      expect((await find("printers"))[0]).toBe("printer");
      expect(await find("printing")).toContain("shared");
    });

    it("matches the last word as a prefix while typing", async () => {
      expect((await find("chromeb"))[0]).toBe("printer");
      expect(await find("chromeb ")).toEqual([]);
    });

    it("tolerates a typo of one letter", async () => {
      expect((await find("pasword reset"))[0]).toBe("password");
    });

    it("finds an article through a synonym: delete ↔ remove", async () => {
      await add("delete", { title: "Remove a student from a class", body: "Open the roster and remove them." });
      expect((await find("delete student from class"))[0]).toBe("delete");
    });

    it("never shows students staff or tech articles, others' drafts or archived ones", async () => {
      const visible = await find("printer projector firewall wifi guest", { visibility: STUDENT(other) });
      expect(visible).not.toContain("projector");
      expect(visible).not.toContain("firewall");
      expect(visible).not.toContain("wifiDraft");
      expect(visible).not.toContain("archived");
      expect(visible).toContain("samDraft");
      expect(visible).toContain("printer");
    });

    it("shows drafts to their author only, and no drafts when published only", async () => {
      const teacher: ArticleVisibility = { audiences: ["everyone", "staff"], states: ["unvalidated", "validated"], personId: author };
      const seen = await find("wifi guest", { visibility: teacher });
      expect(seen).toContain("wifiDraft");
      expect(seen).not.toContain("samDraft");
      const published = await find("wifi guest", { visibility: TECH(author), publishedOnly: true });
      expect(published).not.toContain("wifiDraft");
      expect(published).not.toContain("samDraft");
      expect(await find("printer driver", { publishedOnly: true })).not.toContain("archived");
    });

    it("filters by topic and audience in the query", async () => {
      expect(await find("printer projector", { topicId: 1 })).toEqual(expect.arrayContaining(["printer", "projector"]));
      expect(await find("printer projector password", { topicId: 1 })).not.toContain("password");
      expect(await find("printer projector", { audience: "staff" })).toEqual(["projector"]);
    });

    it("re-indexes an edited article: old words no longer find it, new ones do", async () => {
      const id = await add("edited", { title: "Book the library laptop cart", body: "Use the booking sheet." });
      expect(await find("laptop cart")).toContain("edited");
      await search.index(indexed(id, { title: "Book the library tablet trolley", body: "Use the booking sheet." }));
      expect(await find("cart")).not.toContain("edited");
      expect((await find("tablet trolley"))[0]).toBe("edited");
    });

    it("ranks re-indexed articles on their new words, never on remembered ones", async () => {
      const a = await add("swapA", { title: "Visualiser lamp flickers", body: "Check the cable." });
      const b = await add("swapB", { title: "Visualiser", body: "Check the cable." });
      expect((await find("visualiser lamp flickers"))[0]).toBe("swapA");
      await search.index(indexed(a, { title: "Visualiser", body: "Check the cable." }));
      await search.index(indexed(b, { title: "Visualiser lamp flickers", body: "Check the cable." }));
      expect((await find("visualiser lamp flickers"))[0]).toBe("swapB");
    });

    it("forgets terms seen inside a transaction that rolled back", async () => {
      const id = await add("rolledBack", { title: "Laminator jams on thick card", body: "Let it cool down." });
      await test.ctx.db.kysely
        .transaction()
        .execute(async (trx) => {
          const inside = articleSearchFor(trx, dialect);
          await inside.index(indexed(id, { title: "Guillotine blade is blunt", body: "Ask the office." }));
          expect((await inside.search({ text: "guillotine blade", limit: 10, visibility: TECH(author) })).map((h) => h.articleId)).toContain(id);
          throw new Error("roll back");
        })
        .catch(() => undefined);
      const [hit] = await search.search({ text: "laminator guillotine", limit: 10, visibility: TECH(author) });
      expect(hit?.articleId).toBe(id);
      expect(hit?.title).toBe("«Laminator» jams on thick card");
    });

    it("learns what people's shorthand stands for from their phrasings, and finds other articles with it", async () => {
      await add("projectorFreezes", { title: "Projector freezes during lessons", body: "Restart it from the wall switch." });
      await add("whiteboardFreezes", { title: "Whiteboard freezes during lessons", body: "Restart it from the wall switch." });
      expect((await find("iwb freezes during lessons"))[0]).toBe("projectorFreezes");
      await add("whiteboardPen", { title: "Whiteboard pen does not write", body: "Charge the pen.", phrasings: ["iwb pen is dead", "my iwb pen stopped"] });
      await add("whiteboardCalibrate", { title: "Calibrate the whiteboard", body: "Open the settings.", phrasings: ["iwb touch is off"] });
      const [hit] = await search.search({ text: "iwb freezes during lessons", limit: 10, visibility: TECH(author) });
      expect(hit?.articleId).toBe(ids.whiteboardFreezes);
      // Learned words count, but only what was typed is highlighted.
      expect(hit?.title).toBe("Whiteboard «freezes» during «lessons»");
    });

    it("learns words for a student only from articles students may read", async () => {
      await add("payrollPortal", { title: "Payroll portal for staff", body: "Sign in with your staff account.", audience: "staff", phrasings: ["salary site", "salary portal login"] });
      await add("payrollOffice", { title: "Payroll office opening hours", body: "The office is open every morning." });
      expect(await find("salary", { visibility: TECH(author) })).toEqual(expect.arrayContaining(["payrollPortal", "payrollOffice"]));
      expect(await find("salary", { visibility: STUDENT(other) })).toEqual([]);
    });

    it("never mixes up two articles whose terms carry the same version (rows written by hand or before versions)", async () => {
      const open = await add("scannerBoard", { title: "Scanner on the exam board", body: "Use the scanner by the door." });
      const staff = await add("examBoard", { title: "Exam board passwords", body: "Kept in the safe.", audience: "staff" });
      for (const version of ["same", ""]) {
        await test.ctx.db.kysely.withTables<SearchTables>().updateTable("article_search_documents").set({ terms_version: version }).where("article_id", "in", [staff, open]).execute();
        expect(await find("exam board passwords", { visibility: TECH(author) })).toContain("examBoard");
        const student = await search.search({ text: "scanner exam board", limit: 10, visibility: STUDENT(other) });
        expect(student.map((h) => h.articleId)).toEqual([open]);
        expect(student[0]!.title).toBe("«Scanner» on the «exam» «board»");
      }
    });

    it("lets learned phrasings lift the right article", async () => {
      const a = await add("screenA", { title: "Mirror your screen", body: "Use the display menu to mirror the screen." });
      await add("screenB", { title: "Screen recording", body: "Record your screen with the capture tool." });
      const scoreOfA = async () => (await search.search({ text: "my screen shows on the smartboard twice", limit: 10, visibility: TECH(author) })).find((h) => h.articleId === a)?.score ?? 0;
      const before = await scoreOfA();
      await search.index(indexed(a, { title: "Mirror your screen", body: "Use the display menu to mirror the screen.", phrasings: ["smartboard shows my screen twice", "duplicate screen on the smartboard"] }));
      expect((await find("my screen shows on the smartboard twice"))[0]).toBe("screenA");
      expect(await scoreOfA()).toBeGreaterThan(before * 1.5);
    });

    it("highlights matched words with «…» in plain-text titles and snippets", async () => {
      const [hit] = await search.search({ text: "printers chromebook", limit: 1, visibility: TECH(author) });
      expect(hit!.title).toBe("Add a «printer» to your «Chromebook»");
      expect(hit!.snippet).toContain("«Printers»");
      expect(hit!.snippet).not.toMatch(/[<>*[\]]/);
    });

    it("returns nothing for stop words only or an empty query", async () => {
      expect(await find("how do I")).toEqual([]);
      expect(await find("   ")).toEqual([]);
    });
  });
}

describe("both engines rank alike", () => {
  it("gives the same hits, order and scores on SQLite and PostgreSQL", async () => {
    const results: string[] = [];
    for (const dialect of DIALECTS) {
      const test = await createTestContext(dialect);
      try {
        const search = articleSearchFor(test.ctx.db.kysely, dialect);
        const corpus = [
          ["Add a printer to your Chromebook", "Open Settings, then Printers, then add the printer."],
          ["Print double-sided from Google Docs", "In the print dialog choose two-sided printing."],
          ["Reset your password", "Use the self-service page."],
          ["Projector shows no signal", "Check the HDMI cable and press Source on the projector remote."],
          ["Printer is offline", "Turn the printer off and on, then check its network cable."],
        ];
        for (const [title, body] of corpus) {
          const at = "2026-09-01T08:00:00.000Z";
          const row = await test.ctx.db.kysely.insertInto("articles").values({ title: title!, body: body!, state: "validated", audience: "everyone", author_id: null, created_at: at, updated_at: at }).returning("id").executeTakeFirstOrThrow();
          await search.index({ articleId: row.id, title: title!, body: body!, phrasings: [], topicIds: [], audience: "everyone", state: "validated", authorId: null });
        }
        const visibility: ArticleVisibility = { audiences: ["everyone"], states: ["validated"], personId: 1 };
        for (const q of ["printer", "printing on both sides", "projecter cable", "prin", "printer network offline", "hdmi"]) {
          const hits = await search.search({ text: q, limit: 5, visibility });
          results.push(`${dialect}|${q}|${hits.map((h) => `${h.articleId}:${h.score.toFixed(4)}:${h.title}:${h.snippet}`).join(",")}`);
        }
      } finally {
        await test.close();
      }
    }
    const [sqlite, postgres] = [results.filter((r) => r.startsWith("sqlite|")), results.filter((r) => r.startsWith("postgres|"))];
    expect(postgres.map((r) => r.slice("postgres|".length))).toEqual(sqlite.map((r) => r.slice("sqlite|".length)));
    expect(sqlite.every((r) => r.split("|")[2] !== "")).toBe(true);
  });
});
