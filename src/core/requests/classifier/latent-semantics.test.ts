import { describe, expect, it } from "vitest";
import { fitLatent, LatentProjector } from "./latent-semantics.js";
import { tfidfMatrix } from "./tfidf.js";

// Three subjects, eight words each; every document uses three words of one subject, so words of a subject
// co-occur and words of different subjects never do.
const SUBJECTS = ["printer", "wifi", "grades"].map((name) => Array.from({ length: 8 }, (_, i) => `${name}${i}`));
let state = 12345;
const pick = () => (state = (state * 16807) % 2147483647) % 8;
const DOCS = Array.from({ length: 600 }, (_, d) => Array.from({ length: 3 }, () => SUBJECTS[d % 3]![pick()]!));
DOCS.push(["rare"]);
const FEATURES = { words: true, charNgrams: null };

function fitted(seed = 1) {
  const matrix = tfidfMatrix(DOCS, 1, FEATURES);
  const df = Int32Array.from(matrix.df, (n, column) => (matrix.vocabulary[column] === "rare" ? 0 : n));
  return { matrix, ...fitLatent(matrix.x, df, matrix.vocabulary.length, { dims: 3, weight: 0.5, minDf: 2, powerIterations: 2 }, seed)! };
}

function coordinatesOf(latent: LatentProjector, vocabulary: string[], words: string[]): number[] {
  const columns = words.map((word) => vocabulary.indexOf(word));
  const values = columns.map(() => 1 / Math.sqrt(columns.length));
  return [...latent.coordinates(columns, values)];
}

const cosine = (a: number[], b: number[]) => a.reduce((sum, v, i) => sum + v * b[i]!, 0) / Math.hypot(...a) / Math.hypot(...b);

describe("latent semantic space", () => {
  it("places texts on one subject together even when they share no word, and apart from other subjects", () => {
    const { latent, matrix } = fitted();
    const a = coordinatesOf(latent, matrix.vocabulary, ["printer0", "printer1"]);
    const b = coordinatesOf(latent, matrix.vocabulary, ["printer5", "printer6"]);
    const c = coordinatesOf(latent, matrix.vocabulary, ["wifi5", "wifi6"]);
    expect(cosine(a, b)).toBeGreaterThan(0.95);
    expect(Math.abs(cosine(a, c))).toBeLessThan(0.2);
    expect(Math.hypot(...a)).toBeCloseTo(0.5, 12); // unit coordinates times the weight
  });

  it("appends each row's coordinates after the columns, and gives zeros to a text outside the space", () => {
    const { latent, matrix, x } = fitted();
    const first = matrix.vocabulary.length;
    for (let d = 0; d < DOCS.length; d++) {
      const own = matrix.x.start[d + 1]! - matrix.x.start[d]!;
      expect(x.start[d + 1]! - x.start[d]!).toBe(own + 3);
      expect([...x.indices.slice(x.start[d]! + own, x.start[d + 1])]).toEqual([first, first + 1, first + 2]);
    }
    const rare = DOCS.length - 1;
    expect([...x.values.slice(x.start[rare]! + 1, x.start[rare + 1])]).toEqual([0, 0, 0]);
    expect(coordinatesOf(latent, matrix.vocabulary, ["rare"])).toEqual([0, 0, 0]);
  });

  it("is deterministic for a seed, and survives JSON", () => {
    const one = fitted(7).latent.toModel();
    expect(fitted(7).latent.toModel()).toEqual(one);
    const restored = LatentProjector.fromModel(JSON.parse(JSON.stringify(one)));
    const { matrix, latent } = fitted(7);
    expect(coordinatesOf(restored, matrix.vocabulary, ["grades1", "grades4"])).toEqual(coordinatesOf(latent, matrix.vocabulary, ["grades1", "grades4"]));
  });

  it("stays finite with fewer independent texts than dimensions, and has no space without columns", () => {
    const copies = Array.from({ length: 200 }, (_, d) => SUBJECTS[d % 2]!.slice(0, 3));
    const matrix = tfidfMatrix(copies, 1, FEATURES);
    const fit = fitLatent(matrix.x, matrix.df, matrix.vocabulary.length, { dims: 10, weight: 1, minDf: 1, powerIterations: 2 }, 1)!;
    expect(fit.x.values.every(Number.isFinite)).toBe(true);
    expect(Math.hypot(...coordinatesOf(fit.latent, matrix.vocabulary, ["printer0"]))).toBeCloseTo(1, 9);
    const none = Int32Array.from(matrix.df, () => 0);
    expect(fitLatent(matrix.x, none, matrix.vocabulary.length, { dims: 10, weight: 1, minDf: 1, powerIterations: 2 }, 1)).toBeNull();
    expect(fitLatent(matrix.x, matrix.df, matrix.vocabulary.length, { dims: 50, weight: 1, minDf: 1, powerIterations: 2 }, 1)!.latent.dims).toBe(6);
  });
});
