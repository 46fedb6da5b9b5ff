import { describe, expect, it } from "vitest";
import { trainBinarySvm } from "./svm.js";
import { tfidfMatrix } from "./tfidf.js";

// Two overlapping classes, so the SVM has support vectors on both sides and something to optimise.
let state = 99;
const pick = (n: number) => (state = (state * 16807) % 2147483647) % n;
const WORDS = ["printer", "toner", "paper", "jam", "wifi", "router", "signal", "network", "please", "help"];
const DOCS = Array.from({ length: 400 }, (_, d) => Array.from({ length: 4 }, () => WORDS[(d % 2) * 4 + pick(6)]!));
const LABELS = Int32Array.from(DOCS, (_, d) => d % 2);

describe("binary SVM by dual coordinate descent", () => {
  const { vocabulary, x } = tfidfMatrix(DOCS, 1, { words: true, charNgrams: null });
  const dim = vocabulary.length;
  const all = Int32Array.from(DOCS, (_, d) => d);
  const options = { cost: 0.5, maxEpochs: 200, seed: 3 };

  it("reaches the same model from a fit on part of the rows as from scratch", () => {
    const cold = trainBinarySvm(x, LABELS, 1, dim, { ...options, rows: all });
    const part = trainBinarySvm(x, LABELS, 1, dim, { ...options, rows: all.slice(0, 300) });
    expect(part.alpha.slice(300).every((a) => a === 0)).toBe(true);
    const warm = trainBinarySvm(x, LABELS, 1, dim, { ...options, rows: all, from: part });
    for (let j = 0; j <= dim; j++) expect(warm.w[j]!).toBeCloseTo(cold.w[j]!, 1);
    expect(part.w).not.toEqual(warm.w); // the start is copied, not changed
  });

  it("trains only on the given rows", () => {
    const some = trainBinarySvm(x, LABELS, 1, dim, { ...options, rows: all.slice(0, 10) });
    expect(some.alpha.slice(10).every((a) => a === 0)).toBe(true);
    expect(some.alpha.slice(0, 10).some((a) => a > 0)).toBe(true);
  });
});
