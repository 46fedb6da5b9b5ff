import { describe, expect, it } from "vitest";
import { LEARNED, learnedWeight, learnWords, type PhrasedArticle } from "./learned-words.js";
import { parseQuery, planQuery, typoCandidates } from "./query-plan.js";
import { PHRASING_SEPARATOR } from "./ranking.js";
import { analyze } from "./text-analysis.js";

/** An article as the index keeps it: analysed title, and its phrasings' terms with separators. */
const article = (title: string, ...phrasings: string[]): PhrasedArticle => ({
  titleTerms: analyze(title),
  phrasingTerms: phrasings.flatMap((p, i) => [...(i ? [PHRASING_SEPARATOR] : []), ...analyze(p)]),
});

const SCHOOL = [
  article("Delete your Facebook account", "remove my fb account", "get rid of fb for good"),
  article("Facebook photos do not load", "fb pictures stay grey"),
  article("Share a Google Drive folder", "give my class my gd folder"),
  article("Google Drive runs out of space", "gd is full"),
  article("Reset your password"),
];

describe("learnWords", () => {
  it("learns the title word that a school's own shorthand stands for, across articles", () => {
    const learned = learnWords(SCHOOL);
    expect(learned.get("fb")?.[0]?.term).toBe("facebook");
    expect(learned.get("fb")![0]!.probability).toBeGreaterThan(0.5);
    expect(learned.get("gd")?.map((w) => w.term)).toContain("drive");
  });

  it("offers at most a few likely words, never the word itself", () => {
    for (const [word, words] of learnWords(SCHOOL)) {
      expect(words.length).toBeLessThanOrEqual(LEARNED.perWord);
      expect(words.map((w) => w.term)).not.toContain(word);
      for (const w of words) expect(w.probability).toBeGreaterThanOrEqual(LEARNED.minProbability);
      expect(words.map((w) => w.probability)).toEqual([...words.map((w) => w.probability)].sort((a, b) => b - a));
    }
  });

  it("learns nothing without phrasings, and the same from the same articles", () => {
    expect(learnWords([article("Reset your password"), article("Connect to the wifi")]).size).toBe(0);
    expect(learnWords([])).toEqual(new Map());
    expect([...learnWords(SCHOOL)]).toEqual([...learnWords(SCHOOL)]);
  });

  it("weighs a learned word by its probability, never above a typed word", () => {
    expect(learnedWeight(0.2)).toBe(0.2);
    expect(learnedWeight(0.95)).toBe(LEARNED.maxWeight);
    expect(LEARNED.maxWeight).toBeLessThan(1);
  });
});

describe("planQuery with learned words", () => {
  it("lets a typed word stand for the title words it was learned for, when the index has them", () => {
    const learned = learnWords(SCHOOL);
    const words = parseQuery("fb photos ");
    const lookup = { df: new Map([["facebook", 2], ["photo", 1]]), byPrefix: new Map() };
    const [fb] = planQuery(words, lookup, typoCandidates(words, lookup), learned);
    const facebook = fb!.alternatives.find((a) => a.term === "facebook");
    expect(facebook?.kind).toBe("learned");
    expect(facebook!.weight).toBeLessThan(1);
    const [withoutIndex] = planQuery(words, { df: new Map(), byPrefix: new Map() }, new Map(), learned);
    expect(withoutIndex!.alternatives.map((a) => a.term)).toEqual(["fb"]);
  });
});
