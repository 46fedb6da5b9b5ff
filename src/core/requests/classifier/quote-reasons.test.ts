import { describe, expect, it } from "vitest";
import { quoteReasons } from "./quote-reasons.js";
import { extractFeatures } from "./tokenize.js";

const located = (text: string, field = 1) => extractFeatures(text).map((feature) => ({ ...feature, source: text, field }));

describe("quoteReasons", () => {
  it("merges phrases that share a word and quotes them as written", () => {
    expect(quoteReasons(["how do", "do i", "printer"], located("How do I fix the printer?"), 3)).toEqual(['"How do I"', '"printer"']);
  });

  it("keeps reasons strongest first, at most `max`, each quoted once", () => {
    const features = located("Please fix my projector for me, the projector is broken");
    expect(quoteReasons(["is broken", "for me", "projector", "please"], features, 3)).toEqual(['"is broken"', '"for me"', '"projector"']);
  });

  it("does not grow a reason past four words", () => {
    const reasons = quoteReasons(["can you", "you show", "show me", "me how", "how to"], located("Can you show me how to print?"), 3);
    expect(reasons).toEqual(['"Can you show me"', '"how to"']);
  });
});
