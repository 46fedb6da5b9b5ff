import { describe, expect, it } from "vitest";
import { parseQuery, planQuery, synonymsOf, termsToLookUp, typoCandidates } from "./query-plan.js";

const lookup = (df: Record<string, number>, byPrefix: Record<string, string[]> = {}) => ({
  df: new Map(Object.entries(df)),
  byPrefix: new Map(Object.entries(byPrefix).map(([p, terms]) => [p, terms.map((term) => ({ term, df: df[term] ?? 1 }))])),
});

describe("parseQuery", () => {
  it("treats the last word as a prefix while it is being typed", () => {
    expect(parseQuery("connect the chromeb").map((w) => [w.term, w.prefix])).toEqual([
      ["connect", false],
      ["chromeb", true],
    ]);
    expect(parseQuery("connect the chromebook ").at(-1)!.prefix).toBe(false);
    expect(parseQuery("chromebook?").at(-1)!.prefix).toBe(false);
  });

  it("returns nothing for stop words only", () => {
    expect(parseQuery("how do I")).toEqual([]);
  });
});

describe("planQuery", () => {
  it("adds synonyms at a lower weight", () => {
    expect(synonymsOf("delet")).toContain("remov");
    const [concept] = planQuery(parseQuery("delete "), lookup({ delet: 2, remov: 5 }));
    const remove = concept!.alternatives.find((a) => a.term === "remov")!;
    expect(remove.kind).toBe("synonym");
    expect(remove.weight).toBeLessThan(1);
  });

  it("corrects an unknown word to the most frequent vocabulary term one edit away", () => {
    const words = parseQuery("pasword ");
    const typos = typoCandidates(words, lookup({}));
    expect(typos.get("pasword")).toContain("password");
    const [concept] = planQuery(words, lookup({ password: 4, paswerd: 1 }));
    expect(concept!.alternatives.filter((a) => a.kind === "typo").map((a) => a.term)).toEqual(["password", "paswerd"]);
  });

  it("does not correct known words or short ones", () => {
    expect(typoCandidates(parseQuery("printer "), lookup({ printer: 1 })).size).toBe(0);
    expect(typoCandidates(parseQuery("wfi "), lookup({})).size).toBe(0);
  });

  it("expands a word being typed to vocabulary terms that start with it", () => {
    const words = parseQuery("chromeb");
    expect(termsToLookUp(words).prefixes).toEqual(["chromeb"]);
    const [concept] = planQuery(words, lookup({ chromebook: 3 }, { chromeb: ["chromebook"] }));
    expect(concept!.alternatives.map((a) => [a.term, a.kind])).toContainEqual(["chromebook", "prefix"]);
  });
});
