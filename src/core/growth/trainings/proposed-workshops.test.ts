import { describe, expect, it } from "vitest";
import { normalizePhrasing, rankProposedWorkshops } from "./proposed-workshops.js";

const topics = [
  { id: 1, name: "Printing", archived: false },
  { id: 2, name: "Google Classroom", archived: false },
  { id: 3, name: "Projectors", archived: false },
  { id: 4, name: "Old wiki", archived: true },
];
const ask = (requesterId: number, topicId: number, title: string) => ({ requesterId, topicId, title });

describe("proposed workshops", () => {
  it("normalizes phrasings so small differences count as one", () => {
    expect(normalizePhrasing("  How do I  share a Doc?! ")).toBe("how do i share a doc");
  });

  it("ranks topics by people asking twice or more, then their requests, with the most common phrasing", () => {
    const requests = [
      // Classroom: people 10 and 11 repeat (2 + 3 = 5 requests); 12 asked once.
      ask(10, 2, "Post an assignment"), ask(10, 2, "post an assignment?"), ask(11, 2, "Grade with rubrics"), ask(11, 2, "Post an assignment"), ask(11, 2, "Invite a co-teacher"), ask(12, 2, "Grade with rubrics"),
      // Printing: two repeaters with 2 each (4 requests).
      ask(20, 1, "Printer jammed"), ask(20, 1, "Printer jammed"), ask(21, 1, "Scan to email"), ask(21, 1, "Scan to email."),
      // Projectors: one repeater. Archived topic: ignored. Nobody repeats on nothing else.
      ask(30, 3, "No signal"), ask(30, 3, "No signal"), ask(31, 4, "x"), ask(31, 4, "x"), ask(32, 3, "Lamp"),
    ];
    const ranked = rankProposedWorkshops(requests, topics);
    expect(ranked.map((r) => [r.topicName, r.people, r.requests])).toEqual([
      ["Google Classroom", 2, 5],
      ["Printing", 2, 4],
      ["Projectors", 1, 2],
    ]);
    expect(ranked[0]).toMatchObject({ commonPhrasing: "post an assignment", phrasingCount: 3, draft: { topicId: 2, title: "Workshop: Google Classroom" } });
    // A tie in phrasing counts breaks alphabetically, so the answer is stable.
    expect(ranked[1]).toMatchObject({ commonPhrasing: "printer jammed", phrasingCount: 2 });
  });

  it("proposes nothing when nobody asked twice", () => {
    expect(rankProposedWorkshops([ask(1, 1, "a"), ask(2, 1, "a")], topics)).toEqual([]);
  });
});
