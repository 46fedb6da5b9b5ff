import { describe, expect, it } from "vitest";
import { busFactor, concentration, gini, lorenz, topShare } from "./concentration.js";

// Expected values worked by hand; the Gini ones agree with R: ineq::Gini(c(1, 1, 1, 7)) == 0.45.
describe("concentration figures", () => {
  it("are all zero (and the curve empty) when nobody has resolved anything", () => {
    expect(topShare([])).toBe(0);
    expect(gini([])).toBe(0);
    expect(lorenz([])).toEqual([]);
    expect(busFactor([])).toBe(0);
    expect(concentration([0, 0])).toEqual({ n: 0, topShare: 0, gini: 0, lorenz: [] });
  });

  it("give a single helper everything and no inequality", () => {
    expect(topShare([5])).toBe(1);
    expect(gini([5])).toBe(0);
    expect(lorenz([5])).toEqual([{ x: 0, y: 0 }, { x: 1, y: 1 }]);
    expect(busFactor([5])).toBe(1);
  });

  it("show no inequality when everyone resolves the same", () => {
    expect(gini([3, 3, 3, 3])).toBe(0);
    // n = 4 → the top ceil(0.8) = 1 helper makes 3 of 12.
    expect(topShare([3, 3, 3, 3])).toBe(0.25);
    expect(busFactor([3, 3, 3, 3])).toBe(2);
  });

  it("measure one helper carrying most of the load: [1, 1, 1, 7]", () => {
    // Σ (2i − n − 1)·xᵢ = −3·1 − 1·1 + 1·1 + 3·7 = 18; G = 18 / (4 · 10) = 0.45.
    expect(gini([7, 1, 1, 1])).toBeCloseTo(0.45, 12);
    expect(topShare([1, 7, 1, 1])).toBeCloseTo(0.7, 12);
    expect(busFactor([1, 1, 1, 7])).toBe(1);
    const curve = lorenz([1, 1, 7, 1]);
    expect(curve.map((p) => p.x)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(curve.map((p) => p.y)).toEqual([0, 0.1, 0.2, expect.closeTo(0.3, 12), 1]);
  });

  it("sort unsorted counts first: [3, 1, 2]", () => {
    // Ascending 1, 2, 3: (−2·1 + 0·2 + 2·3) / (3 · 6) = 4/18; R: ineq::Gini(c(3, 1, 2)) == 0.2222222.
    expect(gini([3, 1, 2])).toBeCloseTo(2 / 9, 12);
  });

  it("take the top ceil(0.2 · n), so six helpers count the top two", () => {
    expect(topShare([1, 10, 2, 5, 3, 4])).toBeCloseTo(15 / 25, 12);
    expect(busFactor([1, 10, 2, 5, 3, 4])).toBe(2); // 10 + 5 = 15 ≥ 12.5
  });

  it("count only helpers with at least one resolution, as DESIGN defines, while gini alone keeps zeros like R", () => {
    expect(gini([0, 1])).toBeCloseTo(0.5, 12); // ineq::Gini(c(0, 1)) == 0.5
    expect(topShare([0, 0, 0, 0, 4, 1])).toBe(0.8); // n = 2 → top 1 helper: 4 of 5
    const figures = concentration([0, 1, 0, 3]);
    expect(figures.n).toBe(2);
    expect(figures.gini).toBeCloseTo(2 / 8, 12); // (−1·1 + 1·3) / (2 · 4)
    expect(figures.topShare).toBe(0.75);
  });
});
