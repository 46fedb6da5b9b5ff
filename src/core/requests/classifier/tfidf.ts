import { BoundedMemo } from "../../shared/bounded-memo.js";
import { featureKeys } from "./tokenize.js";

/** How texts become features. Part of the model, so a restored model reads texts the same way. */
export interface LinearFeatureOptions {
  /** Word unigrams + bigrams (the shared tokenizer's featureKeys); default true. */
  words: boolean;
  /** Character n-grams inside each word padded with spaces (scikit-learn's "char_wb"), [min, max]; null for none. */
  charNgrams: [number, number] | null;
  /**
   * When set, character n-grams are normalised apart from the words and weigh this much against them (a
   * ticket has a few dozen words and hundreds of n-grams, which would otherwise drown the words).
   */
  charWeight?: number;
}

/** Sparse rows: for row r, columns indices[start[r] .. start[r+1]) with values. */
export interface SparseRows {
  start: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

/** Character n-gram keys start with this, so they never meet a word key. */
const CHAR_PREFIX = "\u0001";

/** A text's features: word and phrase keys, and each word's character n-grams. */
export interface TextFeatures {
  words: string[];
  /** Per word of the text (lower-cased, split at anything but letters and digits), its n-gram keys. */
  grams: { word: string; keys: readonly string[] }[];
}

/**
 * The model's featurizer: word keys from the shared tokenizer and character n-grams. The n-grams of up to
 * `rememberWords` distinct words are cut once and kept (all forgotten when full): texts repeat their words,
 * and cutting every occurrence again made most of training's garbage.
 */
export function featurizer(options: LinearFeatureOptions, rememberWords = 0): (text: string) => TextFeatures {
  const remembered = new BoundedMemo<string, string[]>(rememberWords);
  const gramsOf = (word: string, [min, max]: [number, number]): string[] => {
    const known = remembered.get(word);
    if (known) return known;
    const keys: string[] = [];
    const padded = ` ${word} `;
    for (let n = min; n <= max && n <= padded.length; n++) {
      for (let i = 0; i + n <= padded.length; i++) keys.push(CHAR_PREFIX + padded.slice(i, i + n));
    }
    return remembered.remember(word, keys);
  };
  return (text) => {
    const grams: TextFeatures["grams"] = [];
    if (options.charNgrams) {
      for (const word of text.toLowerCase().normalize("NFKC").split(/[^\p{L}\p{M}\p{N}]+/u)) {
        if (word) grams.push({ word, keys: gramsOf(word, options.charNgrams) });
      }
    }
    return { words: options.words ? featureKeys(text) : [], grams };
  };
}

/** Every key of a text's features, repeats kept (they feed the term frequency). */
export function allKeys(features: TextFeatures): string[] {
  const keys = [...features.words];
  for (const { keys: grams } of features.grams) for (const key of grams) keys.push(key);
  return keys;
}

/** Which vocabulary columns are character n-grams. */
export function charColumnsOf(vocabulary: readonly string[]): Uint8Array {
  return Uint8Array.from(vocabulary, (key) => (key.startsWith(CHAR_PREFIX) ? 1 : 0));
}

/**
 * A document's TF-IDF values for its columns and their counts, in place of the counts: sublinear tf times
 * idf, l2-normalised as one row, or per view (words, character n-grams) when the features give the n-grams
 * their own weight.
 */
export function tfidfRow(columns: ArrayLike<number>, values: Float64Array, idf: ArrayLike<number>, charColumns: Uint8Array, features: LinearFeatureOptions): void {
  const apart = features.charWeight !== undefined;
  let words = 0;
  let chars = 0;
  for (let k = 0; k < values.length; k++) {
    const value = (1 + Math.log(values[k]!)) * idf[columns[k]!]!;
    values[k] = value;
    if (apart && charColumns[columns[k]!]) chars += value * value;
    else words += value * value;
  }
  const wordScale = 1 / Math.sqrt(words || 1);
  const charScale = (features.charWeight ?? 0) / Math.sqrt(chars || 1);
  for (let k = 0; k < values.length; k++) values[k]! *= apart && charColumns[columns[k]!] ? charScale : wordScale;
}

/** The vocabulary, document frequencies and idf of a set of documents, and their TF-IDF rows. */
export interface TfidfMatrix {
  vocabulary: string[];
  /** Documents each column appears in. */
  df: Int32Array;
  idf: number[];
  x: SparseRows;
}

/**
 * Builds the vocabulary from keys seen in at least `minDf` documents (sorted, so columns don't depend on the
 * order of the examples) and the documents' rows. Keys are interned once, so every later step counts
 * integers rather than hashing strings.
 */
export function tfidfMatrix(docs: readonly string[][], minDf: number, features: LinearFeatureOptions): TfidfMatrix {
  const ids = new Map<string, number>();
  const idDocs = docs.map((keys) => {
    const row = new Int32Array(keys.length);
    for (let k = 0; k < keys.length; k++) {
      let id = ids.get(keys[k]!);
      if (id === undefined) ids.set(keys[k]!, (id = ids.size));
      row[k] = id;
    }
    return row;
  });
  const seenIn = new Int32Array(ids.size).fill(-1);
  const idDf = new Int32Array(ids.size);
  idDocs.forEach((keys, d) => {
    for (const id of keys) {
      if (seenIn[id] === d) continue;
      seenIn[id] = d;
      idDf[id]!++;
    }
  });
  const vocabulary = [...ids.keys()].filter((key) => idDf[ids.get(key)!]! >= minDf).sort();
  const columnOf = new Int32Array(ids.size).fill(-1);
  vocabulary.forEach((key, column) => (columnOf[ids.get(key)!] = column));
  const df = Int32Array.from(vocabulary, (key) => idDf[ids.get(key)!]!);
  // Smoothed idf, as scikit-learn: ln((1 + n) / (1 + df)) + 1.
  const idf = Array.from(df, (n) => Math.log((1 + docs.length) / (1 + n)) + 1);
  const charColumns = charColumnsOf(vocabulary);

  const start = new Int32Array(docs.length + 1);
  const indices = new Int32Array(idDocs.reduce((sum, keys) => sum + keys.length, 0));
  const values = new Float64Array(indices.length);
  const counts = new Int32Array(vocabulary.length);
  let at = 0;
  idDocs.forEach((keys, d) => {
    const from = at;
    for (const id of keys) {
      const column = columnOf[id]!;
      if (column >= 0 && counts[column]!++ === 0) indices[at++] = column;
    }
    const columns = indices.subarray(from, at).sort();
    const row = values.subarray(from, at);
    for (let k = 0; k < columns.length; k++) {
      row[k] = counts[columns[k]!]!;
      counts[columns[k]!] = 0;
    }
    tfidfRow(columns, row, idf, charColumns, features);
    start[d + 1] = at;
  });
  return { vocabulary, df, idf, x: { start, indices: indices.slice(0, at), values: values.slice(0, at) } };
}
