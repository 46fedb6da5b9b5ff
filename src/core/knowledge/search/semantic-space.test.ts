import { describe, expect, it } from "vitest";
import { fitSpace, mapRows, type SemanticSpace, SPACE, toSpace } from "./semantic-space.js";
import { indexVectors, packVectors, similarities } from "./semantic.js";

// Fourteen dimensions: 0–4 carry wording style ("How do I…" vs "Is it possible…"), 5–12 eight topics, 13 a
// direction every vector of the model shares. Texts on the same topic in another style should stay close;
// texts in the same style on other topics should not.
const STYLE_DIMS = 5;
const TOPICS = 8;
const DIMS = STYLE_DIMS + TOPICS + 1;
const SHARED = DIMS - 1;
const VARIANTS = 13; // 8 topics × 13 wordings = 104 texts (articles), just over SPACE.minArticles
function text(topic: number, style: number): Float32Array {
  const x = new Float32Array(DIMS);
  for (let d = 0; d < STYLE_DIMS; d += 1) x[d] = 4 * (hash(style * STYLE_DIMS + d) - 0.5);
  x[STYLE_DIMS + topic] = 1;
  x[SHARED] = 3;
  return x;
}
/** A fixed pseudo-random number in [0, 1) (the classic shader hash), so wordings differ in every style dimension. */
const hash = (n: number) => {
  const x = Math.sin(n * 12.9898 + 78.233) * 43758.5453;
  return x - Math.floor(x);
};
const cos = (a: Float32Array, b: Float32Array) => {
  let d = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i += 1) {
    d += a[i]! * b[i]!;
    na += a[i]! * a[i]!;
    nb += b[i]! * b[i]!;
  }
  return d / Math.sqrt(na * nb);
};
const corpus = Array.from({ length: TOPICS }, (_, topic) => Array.from({ length: VARIANTS }, (_, style) => text(topic, style))).flat();
const packed = (rows: Float32Array[]) => {
  const m = new Float32Array(rows.length * DIMS);
  rows.forEach((r, i) => m.set(r, i * DIMS));
  return m;
};
/** Fits on rows, each its own article unless owners say otherwise. */
const fit = (rows: Float32Array[], owners = Int32Array.from(rows.keys())) => fitSpace(packed(rows), DIMS, owners);
/** How much two spaces remove the same directions: 1 when their components span the same subspace. */
const overlap = (a: SemanticSpace, b: SemanticSpace) =>
  a.components.reduce((sum, u) => sum + b.components.reduce((t, w) => t + u.reduce((x, y, i) => x + y * w[i]!, 0) ** 2, 0), 0) / a.components.length;
const styleShare = (u: Float32Array) => u.slice(0, STYLE_DIMS).reduce((s, x) => s + x * x, 0);

describe("the fitted semantic space", () => {
  it("needs enough articles before it changes anything", () => {
    expect(fit(corpus.slice(0, SPACE.minArticles - 1))).toBeNull();
    expect(fit(corpus.slice(0, SPACE.minArticles))).not.toBeNull();
    // As many texts, but only eight articles: their differences are topics, not wording.
    expect(fit(corpus, Int32Array.from(corpus.keys(), (i) => i % TOPICS))).toBeNull();
    expect(fit([])).toBeNull();
  });

  it("weighs each article once, so one with many repeated phrasings doesn't reshape the space", () => {
    // The same wording learned three hundred times by one article.
    const repeated = Array.from({ length: 300 }, () => text(0, 0));
    const rows = [...corpus, ...repeated];
    const alone = fit(corpus)!;
    expect(overlap(fit(rows, Int32Array.from(rows.keys(), (r) => Math.min(r, corpus.length)))!, alone)).toBeGreaterThan(0.99);
    // Counted per row instead, the repeated text pulls the space towards itself.
    expect(overlap(fit(rows)!, alone)).toBeLessThan(0.9);
  });

  it("keeps articles equal when it fits on a sample of a large index", () => {
    // 300 articles with a title alone and 100 with 20 phrasings each (2,400 rows, so the fit samples them):
    // the long ones are a quarter of the articles and must weigh a quarter, not their share of the rows.
    const rows: Float32Array[] = [];
    const owners: number[] = [];
    for (let a = 0; a < 300; a += 1) {
      rows.push(text(a % 7, a));
      owners.push(a);
    }
    for (let a = 300; a < 400; a += 1) {
      for (let k = 0; k < 21; k += 1) {
        rows.push(text(7, a * 21 + k));
        owners.push(a);
      }
    }
    expect(rows.length).toBeGreaterThan(SPACE.sampleRows);
    const space = fit(rows, Int32Array.from(owners))!;
    expect(space.mean[STYLE_DIMS + 7]).toBeCloseTo(0.25, 1);
  });

  it("finds the wording-style directions as the strongest shared ones, orthonormal", () => {
    const space = fit(corpus)!;
    expect(space.components).toHaveLength(SPACE.components);
    for (const u of space.components) expect(styleShare(u)).toBeCloseTo(1, 3);
    space.components.forEach((u, i) =>
      space.components.forEach((w, j) => expect(u.reduce((s, x, k) => s + x * w[k]!, 0)).toBeCloseTo(i === j ? 1 : 0, 5)),
    );
  });

  it("makes the same topic in another wording close, and another topic in the same wording far", () => {
    const space = fit(corpus)!;
    const [a, b, c] = [text(1, 1), text(1, 6), text(2, 1)];
    expect(cos(a, c)).toBeGreaterThan(cos(a, b)); // raw: style wins
    expect(cos(toSpace(space, a), toSpace(space, b))).toBeCloseTo(1, 3);
    expect(cos(toSpace(space, a), toSpace(space, c))).toBeLessThan(0);
  });

  it("is deterministic, returns unit vectors, and maps every packed row", () => {
    const space = fit(corpus)!;
    expect(fit(corpus)).toEqual(space);
    const rows = mapRows(space, packed(corpus));
    expect(rows).toHaveLength(corpus.length * DIMS);
    expect(Math.hypot(...rows.subarray(DIMS, 2 * DIMS))).toBeCloseTo(1, 5);
    expect([...toSpace(space, new Float32Array(3))]).toEqual(new Array(DIMS).fill(0));
  });

  it("lets search find the article on the query's topic rather than the one worded alike", () => {
    // Article 1 is the only one on topic 2, worded otherwise; topic-3 articles are worded like the query.
    const byArticle = new Map<number, Float32Array[]>([[1, [text(2, 6)]]]);
    corpus.forEach((row, i) => byArticle.set(i + 2, [row[STYLE_DIMS + 2] === 1 ? text(3, 1) : row]));
    const query = text(2, 1);
    const best = (index: ReturnType<typeof packVectors>) => [...similarities(query, index)].sort((x, y) => y[1] - x[1])[0]![0];
    expect(best(packVectors(byArticle, DIMS))).not.toBe(1);
    expect(best(indexVectors(byArticle, DIMS))).toBe(1);
  });
});
