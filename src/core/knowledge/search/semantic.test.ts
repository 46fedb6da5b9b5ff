import { describe, expect, it } from "vitest";
import type { RankedDocument } from "./ranking.js";
import { fuseScores, nearestArticles, normalize, packVectors, similarities } from "./semantic.js";

const v = (...xs: number[]) => normalize(Float32Array.from(xs));
const hit = (articleId: number, score: number, terms: string[] = []): RankedDocument => ({ articleId, score, matchedTerms: new Set(terms) });

describe("semantic similarity", () => {
  it("normalizes to unit length and leaves a zero vector alone", () => {
    expect(Math.hypot(...v(3, 4))).toBeCloseTo(1);
    expect([...normalize(Float32Array.from([0, 0]))]).toEqual([0, 0]);
  });

  it("treats vectors of another length (another model) as unrelated", () => {
    expect(similarities(v(1, 0), packVectors(new Map([[1, [v(1, 0, 0)]]]), 3)).size).toBe(0);
    expect(similarities(v(1, 0), packVectors(new Map([[1, [v(1, 0, 0)]]]), 2)).size).toBe(0);
  });

  it("scores an article by its closest text (title or a phrasing)", () => {
    const index = packVectors(new Map([[1, [v(0, 1), v(1, 1), v(1, 0.01)]], [2, []]]), 2);
    expect(similarities(v(1, 0), index).get(1)).toBeCloseTo(1, 3);
    expect(similarities(v(1, 0), index).get(2) ?? 0).toBe(0);
  });

  it("keeps the nearest articles above the floor, best first, ties by id", () => {
    const index = packVectors(
      new Map([
        [7, [v(1, 0)]],
        [3, [v(0, 1), v(1, 0)]],
        [5, [v(0, 1)]],
        [9, [v(1, 1)]],
        [4, [v(1, 0, 0)]],
      ]),
      2,
    );
    const similarity = similarities(v(1, 0), index);
    expect(similarity.get(3)).toBeCloseTo(1);
    expect(similarity.has(4)).toBe(false);
    expect(nearestArticles(similarity, 3, 0.5).map((n) => n.articleId)).toEqual([3, 7, 9]);
    expect(nearestArticles(similarity, 1, 0.5).map((n) => n.articleId)).toEqual([3]);
    expect(similarities(v(1, 0, 0), index).size).toBe(0);
  });
});

describe("fusing words and meaning", () => {
  it("adds weighted similarity to the lexical score, so meaning can reorder close hits", () => {
    const fused = fuseScores([hit(1, 10, ["print"]), hit(2, 9.5)], [], new Map([[2, 0.6], [1, 0.2]]), 5);
    expect(fused.map((r) => [r.articleId, r.score])).toEqual([[2, 12.5], [1, 11]]);
    expect([...fused[1]!.matchedTerms]).toEqual(["print"]);
  });

  it("brings in meaning-only candidates with no highlighted words, and drops candidates with nothing", () => {
    const fused = fuseScores([hit(1, 2)], [4, 6], new Map([[4, 0.5]]), 5);
    expect(fused.map((r) => r.articleId)).toEqual([4, 1]);
    expect(fused[0]!.matchedTerms.size).toBe(0);
  });

  it("ranks an article without vectors as the least similar, not as average (0 is mid-range in a fitted space)", () => {
    const fused = fuseScores([hit(1, 3), hit(2, 3)], [], new Map([[1, -0.1], [3, -0.4]]), 5);
    expect(fused.map((r) => [r.articleId, r.score])).toEqual([[1, 2.5], [2, 1]]);
  });

  it("breaks equal scores by article id, so both engines agree", () => {
    expect(fuseScores([hit(8, 1), hit(2, 1)], [], new Map(), 5).map((r) => r.articleId)).toEqual([2, 8]);
  });
});
