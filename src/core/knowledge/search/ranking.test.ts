import { describe, expect, it } from "vitest";
import { parseQuery, planQuery } from "./query-plan.js";
import { type CorpusStats, FIELDS, PHRASING_SEPARATOR, type RankableDocument, rankDocuments } from "./ranking.js";
import { analyze } from "./text-analysis.js";

function corpus(docs: { title: string; body?: string; phrasings?: string[] }[]) {
  const documents: RankableDocument[] = docs.map((d, i) => ({
    articleId: i + 1,
    fields: {
      title: analyze(d.title),
      body: analyze(d.body ?? ""),
      phrasings: (d.phrasings ?? []).flatMap((p, j) => [...(j ? [PHRASING_SEPARATOR] : []), ...analyze(p)]),
    },
  }));
  const df = new Map<string, number>();
  for (const d of documents) for (const t of new Set(FIELDS.flatMap((f) => d.fields[f]))) df.set(t, (df.get(t) ?? 0) + 1);
  const avg = (f: (typeof FIELDS)[number]) => documents.reduce((s, d) => s + d.fields[f].length, 0) / documents.length;
  const stats: CorpusStats = { documents: documents.length, averageLength: { title: avg("title"), body: avg("body"), phrasings: avg("phrasings") }, df };
  return (q: string) => rankDocuments(planQuery(parseQuery(`${q} `), { df, byPrefix: new Map() }), documents, stats).map((r) => r.articleId);
}

describe("rankDocuments", () => {
  it("puts a title match above the same words in a body", () => {
    const rank = corpus([
      { title: "Classroom display tips", body: "If the projector lamp fails, tell the tech team." },
      { title: "Projector lamp replacement", body: "Tech replaces lamps." },
      { title: "Book a room" },
    ]);
    expect(rank("projector lamp")).toEqual([2, 1]);
  });

  it("prefers the article covering more of the query, and rare words over common ones", () => {
    const rank = corpus([
      { title: "Google Classroom: create an assignment" },
      { title: "Google Classroom: archive a class" },
      { title: "Google Drive: share a folder" },
    ]);
    expect(rank("archive a google classroom class")[0]).toBe(2);
    expect(rank("share drive folder")[0]).toBe(3);
  });

  it("lets learned phrasings lift an article the title alone would not find", () => {
    const rank = corpus([
      { title: "Mirror your display", body: "Use the display menu." },
      { title: "Smartboard pen calibration", body: "Calibrate from the smartboard menu." },
      { title: "Record a lesson", phrasings: [] },
    ]);
    expect(rank("smartboard shows my laptop twice")[0]).toBe(2);
    const learned = corpus([
      { title: "Mirror your display", body: "Use the display menu.", phrasings: ["smartboard shows my laptop twice", "laptop appears twice"] },
      { title: "Smartboard pen calibration", body: "Calibrate from the smartboard menu." },
    ]);
    expect(learned("smartboard shows my laptop twice")[0]).toBe(1);
  });

  it("rewards query words that appear next to each other", () => {
    const rank = corpus([
      { title: "Printer setup", body: "The printer menu holds colour, paper, tray and duplex settings; the queue is elsewhere." },
      { title: "Printer setup", body: "The printer queue shows jobs; colour, paper, tray and duplex settings are elsewhere." },
    ]);
    expect(rank("printer queue")[0]).toBe(2);
  });

  it("breaks ties by article id", () => {
    const rank = corpus([{ title: "Reset password" }, { title: "Reset password" }]);
    expect(rank("reset password")).toEqual([1, 2]);
  });
});

describe("rankDocuments with learned words", () => {
  it("scores a learned word but highlights only what was typed", () => {
    const documents: RankableDocument[] = [{ articleId: 1, fields: { title: analyze("Whiteboard freezes"), body: [], phrasings: [] } }];
    const stats: CorpusStats = { documents: 2, averageLength: { title: 2, body: 1, phrasings: 1 }, df: new Map([["whiteboard", 1], ["freez", 1]]) };
    const concepts = planQuery(parseQuery("iwb freezes "), { df: stats.df, byPrefix: new Map() }, new Map(), new Map([["iwb", [{ term: "whiteboard", probability: 0.8 }]]]));
    const [withLearned] = rankDocuments(concepts, documents, stats);
    const [without] = rankDocuments(planQuery(parseQuery("iwb freezes "), { df: stats.df, byPrefix: new Map() }), documents, stats);
    expect(withLearned!.score).toBeGreaterThan(without!.score);
    expect([...withLearned!.matchedTerms]).toEqual(["freez"]);
  });
});
