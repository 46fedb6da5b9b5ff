import { describe, expect, it } from "vitest";
import { modeClassifierFromJSON, trainModeClassifier, type ModeExample } from "./mode-classifier.js";
import { STARTER_MODE_EXAMPLES } from "./starter-examples.js";

const classifier = trainModeClassifier(STARTER_MODE_EXAMPLES);
const classify = (text: string, title?: string) => classifier.classify({ text, title });

describe("mode classifier", () => {
  it.each([
    ["Please do it for me, I have no time this week.", "do", "for me"],
    ["Could you show me how to add a topic in Classroom?", "guide", "show me how"],
    ["My idea is a student-run podcast about our school garden.", "idea", "My idea"],
    ["I want to learn how to use Canva for my newsletters.", "guide", "learn how to"],
    ["How do I change the background on my Chromebook?", "guide", "How do I"],
    ["The smartboard in room 12 is broken.", "do", "is broken"],
    ["I have an idea for a robotics club on Fridays.", "idea", "idea for"],
  ] as const)("reads %j as %s, citing the deciding phrase", (text, mode, phrase) => {
    const result = classify(text);
    expect(result.mode).toBe(mode);
    expect(result.reasons.some((reason) => reason.includes(phrase))).toBe(true);
  });

  it.each([
    ["Can you show me how to make a rubric in the LMS?", "guide"],
    ["Can you set up the document camera for my class?", "do"],
    ["Our Grade 4s would like to publish a radio show about the town; where do we start?", "idea"],
    ["projector lamp in the library is broken", "do"],
    ["I want my students to make a stop-motion film, what would we need?", "idea"],
  ] as const)("gets the hard case %j right (%s)", (text, mode) => {
    expect(classify(text).mode).toBe(mode);
  });

  it("quotes up to three reasons as they appear in the text", () => {
    const { reasons } = classify("Could you SHOW ME HOW to export grades? I keep getting it wrong.");
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.length).toBeLessThanOrEqual(3);
    for (const reason of reasons) expect(reason).toMatch(/^".+"$/);
    expect(reasons.join(" ")).toContain("SHOW ME HOW");
  });

  it("weighs the title more than the description", () => {
    const guide = "How do I set up the projector?";
    const service = "Please set up the projector for me.";
    expect(classify(service, guide).mode).toBe("guide");
    expect(classify(guide, service).mode).toBe("do");
  });

  it("gives a confidence in (0, 1] for every starter request", () => {
    for (const { text } of STARTER_MODE_EXAMPLES) {
      const { confidence } = classify(text);
      expect(confidence).toBeGreaterThan(0);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });

  it("falls back on the most common mode, with low confidence and no reasons, when it knows no words", () => {
    const examples: ModeExample[] = [
      { text: "printer is jammed", mode: "do" },
      { text: "projector is broken", mode: "do" },
      { text: "show me how to print", mode: "guide" },
    ];
    const small = trainModeClassifier(examples);
    for (const input of [{ text: "" }, { title: "  ", text: "?!" }, { text: "zyxt qwvb" }]) {
      expect(small.classify(input)).toEqual({ mode: "do", confidence: 1 / 3, reasons: [] });
    }
  });

  it("answers the same for the same input, whatever the training order", () => {
    const reversed = trainModeClassifier([...STARTER_MODE_EXAMPLES].reverse());
    const rotated = trainModeClassifier([...STARTER_MODE_EXAMPLES.slice(200), ...STARTER_MODE_EXAMPLES.slice(0, 200)]);
    const probes = ["Please reset my password", "How do I share a folder?", "We want a coding club", "Printer broken"];
    for (const text of probes) {
      expect(classify(text)).toEqual(classify(text));
      expect(reversed.classify({ text })).toEqual(classify(text));
      expect(rotated.classify({ text })).toEqual(classify(text));
    }
    expect(reversed.toJSON()).toEqual(classifier.toJSON());
  });

  it("round-trips a trained model through JSON", () => {
    const restored = modeClassifierFromJSON(JSON.parse(JSON.stringify(classifier.toJSON())));
    const input = { title: "Projector", text: "Can you replace the lamp in room 118 for me?" };
    expect(restored.classify(input)).toEqual(classifier.classify(input));
  });
});
