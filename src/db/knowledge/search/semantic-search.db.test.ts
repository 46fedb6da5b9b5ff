import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleVisibility, Audience } from "../../../core/knowledge/knowledge.types.js";
import type { ArticleSearchIndex } from "../../../core/knowledge/search.ports.js";
import { sentenceEncoder } from "../../../platform/sentence-encoder.js";
import { DIALECTS, createTestContext, type TestContext } from "../../testing/test-databases.js";
import { articleSearchFor } from "./article-search.js";
import { SemanticVectors } from "./article-vectors.js";
import type { SearchTables } from "./article-search.tables.js";
import { SPACE } from "../../../core/knowledge/search/semantic-space.js";
import { similarities } from "../../../core/knowledge/search/semantic.js";

// The real sentence model (shipped in an npm package) on both engines: meaning finds what words miss.
const READER: ArticleVisibility = { audiences: ["everyone", "staff", "tech"], states: ["unvalidated", "validated"], personId: 0 };
const STUDENT: ArticleVisibility = { audiences: ["everyone"], states: ["unvalidated", "validated"], personId: 0 };

for (const dialect of DIALECTS) {
  describe(`semantic article search (${dialect})`, () => {
    let test: TestContext;
    let semantic: SemanticVectors;
    let search: ArticleSearchIndex;
    let wordsOnly: ArticleSearchIndex;
    const ids: Record<string, number> = {};

    async function add(key: string, title: string, body: string, audience: Audience = "everyone", phrasings: string[] = []) {
      const at = "2026-09-01T08:00:00.000Z";
      const row = await test.ctx.db.kysely
        .insertInto("articles")
        .values({ title, body, state: "validated", audience, author_id: null, created_at: at, updated_at: at })
        .returning("id")
        .executeTakeFirstOrThrow();
      ids[key] = row.id;
      await search.index({ articleId: row.id, title, body, phrasings, topicIds: [], audience, state: "validated", authorId: null });
      return row.id;
    }
    const names = (hits: { articleId: number }[]) => hits.map((h) => Object.entries(ids).find(([, id]) => id === h.articleId)?.[0]);
    const find = async (text: string, visibility = READER, index = search) => names(await index.search({ text, limit: 5, visibility, publishedOnly: true }));

    beforeAll(async () => {
      test = await createTestContext(dialect);
      semantic = new SemanticVectors(sentenceEncoder());
      search = articleSearchFor(test.ctx.db.kysely, dialect, semantic);
      wordsOnly = articleSearchFor(test.ctx.db.kysely, dialect);
      await add("wifi", "Connect a laptop to the school Wi-Fi", "Choose the Riverside network and sign in with your school account.");
      await add("password", "Reset your password", "Use the self-service page.");
      await add("duplex", "Print double-sided on the library printer", "Choose Two-sided in the print dialog.");
      await add("projector", "Change the projector lamp", "Only staff open the lamp cover, with the power off.", "staff");
      await add("sound", "Fix sound that does not play from the speakers", "Check the volume mixer and the output device.");
    });
    afterAll(() => test.close());

    it("finds an article that shares no word with the question", async () => {
      expect(await find("the beamer in my classroom stays dark", READER, wordsOnly)).not.toContain("projector");
      expect((await find("the beamer in my classroom stays dark"))[0]).toBe("projector");
    });

    it("puts the article closest in meaning first among those that share words", async () => {
      expect((await find("how do I print on both sides of the paper"))[0]).toBe("duplex");
      expect((await find("my computer will not get online at school"))[0]).toBe("wifi");
      // Words alone pick the Wi-Fi article ("computer" ~ laptop); meaning picks the sound one.
      expect((await find("no noise comes out of my computer", READER, wordsOnly))[0]).toBe("wifi");
      expect((await find("no noise comes out of my computer"))[0]).toBe("sound");
    });

    it("shows the hit that meaning lifts above the words' first choice, with its own title and snippet", async () => {
      await add("club", "Join the chess club network", "Members meet on Fridays in the library.");
      const question = "my laptop cannot join the wifi network";
      expect((await find(question, READER, wordsOnly))[0]).toBe("club");
      // Limit 1: the display text read while the model worked is the words' first choice, not this one.
      const [hit] = await search.search({ text: question, limit: 1, visibility: READER, publishedOnly: true });
      expect(hit?.articleId).toBe(ids.wifi);
      expect(hit?.title).toContain("«laptop»");
      expect(hit?.snippet).toContain("Riverside «network»");
    });

    it("never shows a student a staff article, however close its meaning", async () => {
      expect(await find("the beamer in my classroom stays dark", STUDENT)).not.toContain("projector");
    });

    it("leaves keywords to the lexical ranking: one or two words add no meaning-only candidates", async () => {
      expect(await find("beamer")).toEqual([]);
    });

    it("learns from phrasings: a requester's wording joins the article's vectors at once", async () => {
      const id = await add("toner", "Replace the toner cartridge", "Open the front door and slide the cartridge out.");
      const question = "my printouts come out faint and streaky";
      const before = await find(question);
      await search.index({ articleId: id, title: "Replace the toner cartridge", body: "Open the front door and slide the cartridge out.", phrasings: ["printouts look faint and streaky"], topicIds: [], audience: "everyone", state: "validated", authorId: null });
      const after = await find(question);
      expect(after[0]).toBe("toner");
      expect(before.indexOf("toner") === 0 ? "already first" : "moved up").toBe("moved up");
    });

    it("sees vectors written through another node's connection (the revision changes)", async () => {
      const otherNode = articleSearchFor(test.ctx.db.kysely, dialect, new SemanticVectors(sentenceEncoder()));
      expect((await find("the beamer in my classroom stays dark", READER, otherNode))[0]).toBe("projector");
      // No shared word: only the new article's vector, loaded after the revision changed, can find it.
      await add("calendar", "Share your calendar with a colleague", "Open Calendar settings and add their address.");
      expect(await find("let a coworker see when I am busy", READER, wordsOnly)).toEqual([]);
      expect((await find("let a coworker see when I am busy", READER, otherNode))[0]).toBe("calendar");
    });

    it("fills in vectors for articles indexed while semantic search was off", async () => {
      const at = "2026-09-01T08:00:00.000Z";
      const row = await test.ctx.db.kysely
        .insertInto("articles")
        .values({ title: "Borrow a graphing calculator", body: "Ask at the library desk.", state: "validated", audience: "everyone", author_id: null, created_at: at, updated_at: at })
        .returning("id")
        .executeTakeFirstOrThrow();
      ids.calculator = row.id;
      await wordsOnly.index({ articleId: row.id, title: "Borrow a graphing calculator", body: "Ask at the library desk.", phrasings: [], topicIds: [], audience: "everyone", state: "validated", authorId: null });
      expect(await find("I need a device for maths class plots")).not.toContain("calculator");
      expect(await semantic.backfill(test.ctx.db.kysely)).toBe(1);
      expect(await semantic.backfill(test.ctx.db.kysely)).toBe(0);
      expect(await find("I need a device for maths class plots")).toContain("calculator");
    });

    it("compares meaning in a space fitted to the knowledge base once it holds enough articles", async () => {
      const actions = ["Order", "Return", "Label", "Count", "Store", "Borrow", "Repair", "Clean", "Pack", "Lend"];
      const things = ["the art supplies", "the sports kit", "the science goggles", "the classroom chairs", "the library books", "the stage lights", "the garden tools", "the kitchen aprons", "the maths blocks", "the field-trip forms"];
      for (const [i, action] of actions.entries()) for (const [j, thing] of things.entries()) await add(`chore${i}-${j}`, `${action} ${thing}`, "Ask the office which shelf they go on.");
      expect((await find("how do I print on both sides of the paper"))[0]).toBe("duplex");
      expect((await find("my speakers stay silent during the video"))[0]).toBe("sound");
      expect(await find("let a coworker see when I am busy", READER, wordsOnly)).toEqual([]);
      expect((await find("let a coworker see when I am busy"))[0]).toBe("calendar");
      const db = test.ctx.db.kysely.withTables<SearchTables>();
      const { vector_revision } = await db.selectFrom("article_search_totals").select("vector_revision").executeTakeFirstOrThrow();
      const index = await semantic.all(db, vector_revision);
      expect(index.space?.components).toHaveLength(SPACE.components);
      // Searches compare in that space: an unrelated chore, close in raw cosine (both short "do this" texts),
      // is near zero there, while the calendar article stays clearly similar.
      const [question, chore] = await semantic.encoder.encode(["let a coworker see when I am busy", "Count the garden tools"]);
      const raw = question!.reduce((sum, x, i) => sum + x * chore![i]!, 0);
      const inSpace = similarities(question!, index);
      expect(raw).toBeGreaterThan(0.25);
      expect(Math.abs(inSpace.get(ids["chore3-6"]!)!)).toBeLessThan(raw - 0.15);
      expect(inSpace.get(ids.calendar!)!).toBeGreaterThan(inSpace.get(ids["chore3-6"]!)! + 0.15);
    });

    it("keeps saving and finding articles by their words when the model fails, and encodes them later", async () => {
      const broken = new SemanticVectors({ model: "use-lite-512", dimensions: 512, encode: () => Promise.reject(new Error("model missing")) });
      const failing = articleSearchFor(test.ctx.db.kysely, dialect, broken);
      const at = "2026-09-01T08:00:00.000Z";
      const article = { title: "Book the chemistry lab", body: "Use the lab booking sheet in the staff room.", phrasings: [], topicIds: [], audience: "everyone" as const, state: "validated" as const, authorId: null };
      const row = await test.ctx.db.kysely
        .insertInto("articles")
        .values({ title: article.title, body: article.body, state: "validated", audience: "everyone", author_id: null, created_at: at, updated_at: at })
        .returning("id")
        .executeTakeFirstOrThrow();
      ids.lab = row.id;
      await failing.index({ articleId: row.id, ...article });
      expect((await find("how do I book the chemistry lab", READER, failing))[0]).toBe("lab");
      expect(await semantic.backfill(test.ctx.db.kysely)).toBe(1);
    });
  });
}
