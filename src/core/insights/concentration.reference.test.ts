import { describe, expect, it } from "vitest";
import stored from "../../../bench/reference/gini_reference.json" with { type: "json" };
import { gini, lorenz } from "./concentration.js";

interface ReferenceCase {
  counts: number[];
  gini: number;
  lorenz: [number, number][];
}

// Written by bench/reference/gini_reference.py (numpy, mean-absolute-difference form); stored so that
// `npm test` needs no Python. Imported as JSON, since core's lint rule keeps node:fs out even of tests.
const REFERENCE = stored as unknown as { cases: ReferenceCase[] };

describe("Gini and Lorenz against an independent numpy implementation", () => {
  it("has reference cases to check", () => {
    expect(REFERENCE.cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const reference of REFERENCE.cases) {
    const label = reference.counts.length > 12 ? `${reference.counts.length} generated counts` : `[${reference.counts.join(", ")}]`;
    it(`agree to 1e-12 on ${label}`, () => {
      expect(Math.abs(gini(reference.counts) - reference.gini)).toBeLessThan(1e-12);
      const curve = lorenz(reference.counts);
      expect(curve).toHaveLength(reference.lorenz.length);
      curve.forEach((point, index) => {
        const [x, y] = reference.lorenz[index] as [number, number];
        expect(Math.abs(point.x - x)).toBeLessThan(1e-12);
        expect(Math.abs(point.y - y)).toBeLessThan(1e-12);
      });
    });
  }
});
