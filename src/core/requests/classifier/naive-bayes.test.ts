import { describe, expect, it } from "vitest";
import { NaiveBayes } from "./naive-bayes.js";

const words = (text: string) => text.split(/\s+/).filter(Boolean);

// Hand-worked: vocabulary {buy, cheap, pills, offer, meeting, notes}, V = 6, alpha = 1.
const TRAINING = [
  { text: "buy cheap pills", label: "spam" },
  { text: "cheap cheap offer", label: "spam" },
  { text: "meeting notes", label: "ham" },
] as const;
const trained = () => NaiveBayes.train(TRAINING, { alpha: 1, featurize: words });

describe("NaiveBayes", () => {
  it("matches a posterior computed by hand", () => {
    // spam: prior 2/3, 6 words; P(cheap) = (3+1)/(6+6) = 1/3, P(meeting) = (0+1)/12 → joint 1/54.
    // ham:  prior 1/3, 2 words; P(cheap) = (0+1)/(2+6) = 1/8, P(meeting) = (1+1)/8  → joint 1/96.
    // P(spam | text) = (1/54) / (1/54 + 1/96) = 96/150 = 0.64.
    const result = trained().classify("cheap meeting");
    expect(result.label).toBe("spam");
    expect(result.confidence).toBeCloseTo(0.64, 12);
    expect(result.scores.map((s) => s.label)).toEqual(["ham", "spam"]);
    expect(result.scores[0]!.logScore).toBeCloseTo(Math.log(1 / 96), 12);
    expect(result.scores[1]!.logScore).toBeCloseTo(Math.log(1 / 54), 12);
    expect(result.scores[0]!.probability).toBeCloseTo(0.36, 12);
  });

  it("ignores words it never saw, falling back on the priors", () => {
    const result = trained().classify("zebra");
    expect(result).toMatchObject({ label: "spam", evidence: 0 });
    expect(result.confidence).toBeCloseTo(2 / 3, 12);
  });

  it("explains a decision with the features that favoured the winner", () => {
    const explained = trained().explain("cheap meeting cheap", "spam", 5);
    // "meeting" favours ham, so it is not a reason for spam.
    expect(explained).toEqual([{ feature: "cheap", count: 2, weight: expect.closeTo(2 * Math.log(8 / 3), 12) }]);
    expect(trained().explain("cheap meeting", "ham", 5).map((c) => c.feature)).toEqual(["meeting"]);
  });

  it("breaks ties by label order", () => {
    const tied = [{ text: "x", label: "b" }, { text: "x", label: "a" }];
    expect(NaiveBayes.train(tied, { featurize: words }).classify("x")).toMatchObject({ label: "a", confidence: 0.5 });
    expect(NaiveBayes.train(tied, { featurize: words, labels: ["b", "a"] }).classify("x").label).toBe("b");
  });

  it("works over numeric labels", () => {
    const model = NaiveBayes.train([{ text: "algebra", label: 2 }, { text: "geometry", label: 10 }], { featurize: words });
    expect(model.labels).toEqual([2, 10]);
    expect(model.classify("geometry").label).toBe(10);
  });

  it("round-trips through JSON with identical results", () => {
    const model = trained();
    const restored = NaiveBayes.fromJSON<string>(JSON.parse(JSON.stringify(model)), words);
    expect(restored.classify("cheap meeting notes")).toEqual(model.classify("cheap meeting notes"));
    expect(restored.toJSON()).toEqual(model.toJSON());
  });

  it("rejects an empty training set and a label outside the given order", () => {
    expect(() => NaiveBayes.train([])).toThrow(/at least one/);
    expect(() => NaiveBayes.train([{ text: "x", label: "c" }], { labels: ["a", "b"] })).toThrow(/not among/);
  });
});
