import { describe, expect, it } from "vitest";
import { extractFeatures, featureKeys, tokenize } from "./tokenize.js";

describe("tokenize", () => {
  it("lower-cases, strips punctuation and keeps apostrophes inside words", () => {
    expect(tokenize("Can't PRINT — it's jammed!!").map((t) => t.word)).toEqual(["cant", "print", "its", "jammed"]);
    expect(tokenize("I’d like help").map((t) => t.word)).toEqual(["id", "like", "help"]);
  });

  it("reads letters of any script and keeps offsets into the original text", () => {
    const text = "Élève: ordinateur über 3D";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.word)).toEqual(["élève", "ordinateur", "über", "3d"]);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(["Élève", "ordinateur", "über", "3D"]);
  });
});

describe("extractFeatures", () => {
  it("keeps the words that signal a mode and pairs them into phrases", () => {
    const keys = featureKeys("Can you please show me how to do it for my class?");
    expect(keys).toEqual(expect.arrayContaining(["can you", "please", "show me", "me how", "how to", "for my", "do"]));
  });

  it("skips glue words in phrases, but the phrase's span still covers them", () => {
    const text = "Hi, could you fix a projector";
    const phrase = extractFeatures(text).find((f) => f.key === "fix projector");
    expect(phrase && text.slice(phrase.start, phrase.end)).toBe("fix a projector");
    expect(featureKeys(text)).not.toContain("hi");
  });

  it("does not pair words across sentences", () => {
    expect(featureKeys("It is broken. Please help")).not.toContain("broken please");
  });

  it("is deterministic and empty for empty text", () => {
    expect(featureKeys("Show me how")).toEqual(featureKeys("Show me how"));
    expect(featureKeys("")).toEqual([]);
    expect(featureKeys("?!…")).toEqual([]);
  });
});
