import { describe, expect, it } from "vitest";
import { allKeys, charColumnsOf, featurizer, tfidfMatrix, tfidfRow } from "./tfidf.js";

const norm = (values: number[]) => Math.sqrt(values.reduce((sum, v) => sum + v * v, 0));

describe("TF-IDF features", () => {
  it("cuts each word's character n-grams inside the word, the same on every call", () => {
    const featurize = featurizer({ words: false, charNgrams: [3, 3] });
    expect(allKeys(featurize("Jam jam")).map((key) => key.slice(1))).toEqual([" ja", "jam", "am ", " ja", "jam", "am "]);
    expect(featurize("jam")).toEqual(featurize("JAM"));
    const remembering = featurizer({ words: true, charNgrams: [3, 3] }, 10);
    expect(remembering("Jam jam")).toEqual({ words: ["jam", "jam jam", "jam"], grams: [{ word: "jam", keys: allKeys(featurize("jam")) }, { word: "jam", keys: allKeys(featurize("jam")) }] });
  });

  it("normalises words and character n-grams apart when the n-grams have their own weight", () => {
    const vocabulary = ["jam", "printer", "\u0001jam", "\u0001 ja", "\u0001am "];
    const charColumns = charColumnsOf(vocabulary);
    expect([...charColumns]).toEqual([0, 0, 1, 1, 1]);
    const columns = [0, 1, 2, 3, 4];
    const idf = [1.5, 2, 1, 1, 1.2];

    const apart = Float64Array.from([1, 2, 1, 1, 1]);
    tfidfRow(columns, apart, idf, charColumns, { words: true, charNgrams: [3, 3], charWeight: 0.5 });
    expect(norm([...apart.slice(0, 2)])).toBeCloseTo(1, 12);
    expect(norm([...apart.slice(2)])).toBeCloseTo(0.5, 12);
    expect(apart[1]! / apart[0]!).toBeCloseTo(((1 + Math.log(2)) * 2) / 1.5, 12); // sublinear tf × idf

    const together = Float64Array.from([1, 2, 1, 1, 1]);
    tfidfRow(columns, together, idf, charColumns, { words: true, charNgrams: [3, 3] });
    expect(norm([...together])).toBeCloseTo(1, 12);
  });

  it("builds a sorted vocabulary of keys seen in enough documents, and rows of unit length", () => {
    const features = { words: true, charNgrams: null };
    const docs = [["printer", "jam", "jam"], ["printer", "toner"], ["wifi"]];
    const { vocabulary, df, idf, x } = tfidfMatrix(docs, 1, features);
    expect(vocabulary).toEqual(["jam", "printer", "toner", "wifi"]);
    expect([...df]).toEqual([1, 2, 1, 1]);
    expect(idf[1]).toBeLessThan(idf[0]!);
    expect([...x.start]).toEqual([0, 2, 4, 5]);
    expect([...x.indices]).toEqual([0, 1, 1, 2, 3]);
    for (let d = 0; d < 3; d++) expect(norm([...x.values.slice(x.start[d], x.start[d + 1])])).toBeCloseTo(1, 12);
    expect(tfidfMatrix(docs, 2, features).vocabulary).toEqual(["printer"]);
    expect([...tfidfMatrix(docs, 2, features).x.start]).toEqual([0, 1, 2, 2]);
  });
});
