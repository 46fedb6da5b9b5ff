import { describe, expect, it } from "vitest";
import { porterStem } from "./porter-stemmer.js";
import { analyze, editVariants, markdownToText, tokenize } from "./text-analysis.js";

describe("porterStem", () => {
  it.each([
    ["printers", "printer"],
    ["printer", "printer"],
    ["printing", "print"],
    ["printed", "print"],
    ["connection", "connect"],
    ["connecting", "connect"],
    ["ponies", "poni"],
    ["caresses", "caress"],
    ["relational", "relat"],
    ["generalization", "gener"],
    ["hopping", "hop"],
    ["filing", "file"],
    ["happy", "happi"],
    ["youtube", "youtub"],
  ])("%s → %s", (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });

  it("leaves short words, numbers and non-ASCII words alone", () => {
    expect(porterStem("is")).toBe("is");
    expect(porterStem("2024")).toBe("2024");
    expect(porterStem("mp3")).toBe("mp3");
  });
});

describe("analyze", () => {
  it("drops stop words and question filler, stems the rest", () => {
    expect(analyze("How do I add printers to my Chromebook?")).toEqual(["add", "printer", "chromebook"]);
  });

  it("folds case and accents, and joins apostrophes", () => {
    expect(analyze("Café DOESN'T print")).toEqual(["cafe", "print"]);
  });

  it("keeps offsets into the original text", () => {
    const [t] = tokenize("  Printers!");
    expect(t).toMatchObject({ word: "printers", term: "printer", start: 2, end: 10 });
  });
});

describe("markdownToText", () => {
  it("keeps the words of links, code and emphasis and drops the markup", () => {
    expect(markdownToText("# Title\n\nOpen **Settings** > [Printers](https://x.example) and run `lpstat`.\n\n- one\n- ~~two~~")).toBe(
      "Title\nOpen Settings > Printers and run lpstat.\none\ntwo",
    );
  });

  it("drops HTML tags", () => {
    expect(markdownToText("Use <del>this</del> <br/>")).toBe("Use this");
  });
});

describe("editVariants", () => {
  it("covers deletions, insertions, substitutions and swaps", () => {
    const v = new Set(editVariants("pasword"));
    expect(v.has("password")).toBe(true);
    expect(v.has("paswrod")).toBe(true);
    expect(v.has("pasord")).toBe(true);
    expect(v.has("pasword")).toBe(false);
  });
});
