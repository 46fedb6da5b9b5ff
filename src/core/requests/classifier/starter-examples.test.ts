import { describe, expect, it } from "vitest";
import { trainModeClassifier, type Mode } from "./mode-classifier.js";
import { STARTER_MODE_EXAMPLES } from "./starter-examples.js";

const MODES: Mode[] = ["guide", "idea", "do"];
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("starter mode examples", () => {
  it("hold at least 120 distinct requests per mode, 3 to 60 words long", () => {
    for (const mode of MODES) expect(STARTER_MODE_EXAMPLES.filter((e) => e.mode === mode).length).toBeGreaterThanOrEqual(120);
    expect(new Set(STARTER_MODE_EXAMPLES.map((e) => e.text.toLowerCase())).size).toBe(STARTER_MODE_EXAMPLES.length);
    for (const { text } of STARTER_MODE_EXAMPLES) {
      expect(wordCount(text)).toBeGreaterThanOrEqual(3);
      expect(wordCount(text)).toBeLessThanOrEqual(60);
    }
  });

  it("teach a classifier that is right at least 85% of the time in 5-fold cross-validation", () => {
    const folds = 5;
    let correct = 0;
    for (let fold = 0; fold < folds; fold++) {
      // Index mod 5 over a list grouped by mode keeps every fold's modes balanced.
      const model = trainModeClassifier(STARTER_MODE_EXAMPLES.filter((_, i) => i % folds !== fold));
      STARTER_MODE_EXAMPLES.forEach((example, i) => {
        if (i % folds === fold && model.classify({ text: example.text }).mode === example.mode) correct++;
      });
    }
    const accuracy = correct / STARTER_MODE_EXAMPLES.length;
    console.log(`mode classifier 5-fold accuracy on ${STARTER_MODE_EXAMPLES.length} starter examples: ${accuracy.toFixed(3)}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.85);
  });
});
