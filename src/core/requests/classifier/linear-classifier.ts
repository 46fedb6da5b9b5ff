import { featureKeys } from "./tokenize.js";

/** Turns a text into feature keys; repeats count (they feed the term frequency). */
export type Featurize = (text: string) => string[];

/** One label's share of a decision. */
export interface LinearLabelScore<L> {
  label: L;
  /** The one-vs-rest SVM margin w·x + b: above 0 means "this label rather than the rest". */
  margin: number;
  /** Softmax over the scaled margins: sums to 1 across labels. */
  probability: number;
}

/** A decision: the winning label, its softmax share, every label's score (in label order). */
export interface LinearClassification<L> {
  label: L;
  /** The winner's probability, in (0, 1]. */
  confidence: number;
  scores: LinearLabelScore<L>[];
  /** How many feature occurrences the model knew; 0 means the biases alone decided. */
  evidence: number;
}

/** How texts become features. Part of the model, so a restored model reads texts the same way. */
export interface LinearFeatureOptions {
  /** Word unigrams + bigrams (the shared tokenizer's featureKeys); default true. */
  words: boolean;
  /** Character n-grams inside each word padded with spaces (scikit-learn's "char_wb"), [min, max]; null for none. */
  charNgrams: [number, number] | null;
}

/** The serialisable state of a trained model. Plain numbers and strings, so JSON keeps it exact. */
export interface LinearClassifierModel<L> {
  kind: "linear-svm-ovr";
  version: 1;
  labels: L[];
  features: LinearFeatureOptions;
  /** Feature keys; position = column index. */
  vocabulary: string[];
  /** Inverse document frequency per column. */
  idf: number[];
  /** Per label: a weight per column, then the bias last. */
  weights: number[][];
  /** Margins are multiplied by this before the softmax that gives confidences. */
  confidenceScale: number;
}

export interface LinearClassifierOptions<L> {
  /** Label order, which also breaks ties; defaults to the sorted labels of the examples. */
  labels?: readonly L[];
  features?: Partial<LinearFeatureOptions>;
  /** Keys seen in fewer training documents than this are dropped (bounds memory); default 2, or 1 under 50 examples. */
  minDf?: number;
  /** SVM cost: larger fits the training set harder; default 0.5. */
  c?: number;
  /** Passes of dual coordinate descent at most; default 30. */
  maxEpochs?: number;
  /** Seed of the shuffled visiting order, so training is deterministic; default 1. */
  seed?: number;
  /**
   * Margin scale for the confidence softmax. Default: fitted on a seeded 10% of the examples held out from a
   * first model (when there are at least 300 examples), otherwise DEFAULT_CONFIDENCE_SCALE.
   */
  confidenceScale?: number;
}

/** Softmax scale for one-vs-rest margins when there is too little data to fit one (fitted values on tickets: ~4–6). */
export const DEFAULT_CONFIDENCE_SCALE = 4;
const MIN_EXAMPLES_TO_CALIBRATE = 300;
const TOLERANCE = 0.1;

/** Sparse rows: for document d, columns indices[start[d] .. start[d+1]) with values. */
interface SparseRows {
  start: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

/**
 * A linear text classifier over any label type: TF-IDF features (word uni+bigrams, optionally character
 * n-grams; sublinear tf, l2-normalised rows), one-vs-rest L2-regularised squared-hinge SVMs trained by dual
 * coordinate descent (the LIBLINEAR solver behind scikit-learn's LinearSVC), confidence from a softmax over
 * the margins. Pure and deterministic; immutable once trained.
 */
export class LinearClassifier<L extends string | number> {
  private readonly columns = new Map<string, number>();
  private readonly featurize: (text: string) => string[];

  private constructor(private readonly model: LinearClassifierModel<L>) {
    model.vocabulary.forEach((key, i) => this.columns.set(key, i));
    this.featurize = featurizer(model.features);
  }

  /** Trains on labelled texts. */
  static train<L extends string | number>(examples: ReadonlyArray<{ text: string; label: L }>, options: LinearClassifierOptions<L> = {}): LinearClassifier<L> {
    if (examples.length === 0) throw new Error("The linear classifier needs at least one training example.");
    const features: LinearFeatureOptions = { words: options.features?.words ?? true, charNgrams: options.features?.charNgrams ?? null };
    const featurize = featurizer(features);
    const docs = examples.map((example) => featurize(example.text));
    const labels = [...(options.labels ?? sortedLabels(examples.map((example) => example.label)))];
    const index = new Map(labels.map((label, i) => [label, i]));
    const y = Int32Array.from(examples, (example) => {
      const c = index.get(example.label);
      if (c === undefined) throw new Error(`Label ${String(example.label)} is not among the model's labels.`);
      return c;
    });
    const seed = options.seed ?? 1;
    const fit = (rows: number[]) => fitModel(docs, y, rows, labels, features, options, seed);

    let confidenceScale = options.confidenceScale;
    if (confidenceScale === undefined) {
      confidenceScale = DEFAULT_CONFIDENCE_SCALE;
      if (examples.length >= MIN_EXAMPLES_TO_CALIBRATE) {
        const order = shuffled(examples.length, seed ^ 0x5bd1e995);
        const held = order.slice(0, Math.floor(examples.length / 10));
        const first = new LinearClassifier(fit(order.slice(held.length)));
        const margins = held.map((d) => first.marginsOf(docs[d]!).margins);
        confidenceScale = fitScale(margins, held.map((d) => y[d]!));
      }
    }
    const model = fit(examples.map((_, i) => i));
    model.confidenceScale = confidenceScale;
    return new LinearClassifier(model);
  }

  /** Restores a model saved with toJSON(). */
  static fromJSON<L extends string | number>(model: LinearClassifierModel<L>): LinearClassifier<L> {
    if (model.kind !== "linear-svm-ovr" || model.version !== 1) throw new Error("Not a linear classifier model this version can read.");
    return new LinearClassifier(structuredClone(model));
  }

  get labels(): readonly L[] {
    return this.model.labels;
  }

  /** Columns in the vocabulary, for sizing. */
  get featureCount(): number {
    return this.model.vocabulary.length;
  }

  classify(text: string): LinearClassification<L> {
    const { margins, evidence } = this.marginsOf(this.featurize(text));
    const probabilities = softmax(margins, this.model.confidenceScale);
    let best = 0;
    margins.forEach((margin, c) => {
      if (margin > margins[best]!) best = c; // strict: ties keep the earlier label
    });
    const scores = this.model.labels.map((label, c) => ({ label, margin: margins[c]!, probability: probabilities[c]! }));
    return { label: this.model.labels[best]!, confidence: probabilities[best]!, scores, evidence };
  }

  toJSON(): LinearClassifierModel<L> {
    return structuredClone(this.model);
  }

  private marginsOf(keys: readonly string[]): { margins: number[]; evidence: number } {
    const counts = new Map<number, number>();
    let evidence = 0;
    for (const key of keys) {
      const column = this.columns.get(key);
      if (column === undefined) continue;
      evidence++;
      counts.set(column, (counts.get(column) ?? 0) + 1);
    }
    const { idf, weights } = this.model;
    const bias = idf.length;
    const margins = weights.map((w) => w[bias]!);
    let norm = 0;
    const entries: [number, number][] = [];
    for (const [column, count] of counts) {
      const value = (1 + Math.log(count)) * idf[column]!;
      entries.push([column, value]);
      norm += value * value;
    }
    if (norm === 0) return { margins, evidence };
    const scale = 1 / Math.sqrt(norm);
    for (const [column, value] of entries) {
      const v = value * scale;
      for (let c = 0; c < weights.length; c++) margins[c]! += weights[c]![column]! * v;
    }
    return { margins, evidence };
  }
}

/** The model's featurizer: word keys from the shared tokenizer, then character n-grams prefixed with "\u0001". */
function featurizer(options: LinearFeatureOptions): (text: string) => string[] {
  return (text) => {
    const keys = options.words ? featureKeys(text) : [];
    if (options.charNgrams) {
      const [min, max] = options.charNgrams;
      for (const word of text.toLowerCase().normalize("NFKC").split(/[^\p{L}\p{M}\p{N}]+/u)) {
        if (!word) continue;
        const padded = ` ${word} `;
        for (let n = min; n <= max; n++) {
          if (n > padded.length) break;
          for (let i = 0; i + n <= padded.length; i++) keys.push(`\u0001${padded.slice(i, i + n)}`);
        }
      }
    }
    return keys;
  };
}

/** Builds the vocabulary and TF-IDF rows from the given documents, then trains one SVM per label. */
function fitModel<L extends string | number>(
  docs: readonly string[][],
  y: Int32Array,
  rows: readonly number[],
  labels: L[],
  features: LinearFeatureOptions,
  options: LinearClassifierOptions<L>,
  seed: number,
): LinearClassifierModel<L> {
  const minDf = options.minDf ?? (rows.length < 50 ? 1 : 2);
  const df = new Map<string, number>();
  for (const d of rows) for (const key of new Set(docs[d])) df.set(key, (df.get(key) ?? 0) + 1);
  const vocabulary = [...df].filter(([, n]) => n >= minDf).map(([key]) => key).sort();
  const columns = new Map(vocabulary.map((key, i) => [key, i]));
  // Smoothed idf, as scikit-learn: ln((1 + n) / (1 + df)) + 1.
  const idf = vocabulary.map((key) => Math.log((1 + rows.length) / (1 + df.get(key)!)) + 1);

  const start = new Int32Array(rows.length + 1);
  const indices: number[] = [];
  const values: number[] = [];
  rows.forEach((d, r) => {
    const counts = new Map<number, number>();
    for (const key of docs[d]!) {
      const column = columns.get(key);
      if (column !== undefined) counts.set(column, (counts.get(column) ?? 0) + 1);
    }
    const sorted = [...counts].sort(([a], [b]) => a - b);
    const weighted = sorted.map(([column, count]) => (1 + Math.log(count)) * idf[column]!);
    const norm = Math.sqrt(weighted.reduce((sum, v) => sum + v * v, 0)) || 1;
    sorted.forEach(([column], k) => {
      indices.push(column);
      values.push(weighted[k]! / norm);
    });
    start[r + 1] = indices.length;
  });
  const x: SparseRows = { start, indices: Int32Array.from(indices), values: Float64Array.from(values) };
  const targets = Int32Array.from(rows, (d) => y[d]!);
  const weights = labels.map((_, c) => Array.from(trainBinarySvm(x, targets, c, vocabulary.length, options.c ?? 0.5, options.maxEpochs ?? 30, seed + c)));
  return { kind: "linear-svm-ovr", version: 1, labels, features, vocabulary, idf, weights, confidenceScale: DEFAULT_CONFIDENCE_SCALE };
}

/**
 * Dual coordinate descent for the L2-regularised squared-hinge SVM (Hsieh et al. 2008, LIBLINEAR's
 * solver 1), label `positive` against the rest. The bias is an extra constant feature of value 1,
 * regularised like the weights, as in LIBLINEAR. Returns dim weights followed by the bias.
 */
function trainBinarySvm(x: SparseRows, labels: Int32Array, positive: number, dim: number, cost: number, maxEpochs: number, seed: number): Float64Array {
  const n = labels.length;
  const w = new Float64Array(dim + 1);
  const alpha = new Float64Array(n);
  const diag = 0.5 / cost;
  const qii = new Float64Array(n);
  const sign = new Int8Array(n);
  for (let i = 0; i < n; i++) {
    sign[i] = labels[i] === positive ? 1 : -1;
    let sq = 1; // the bias feature
    for (let k = x.start[i]!; k < x.start[i + 1]!; k++) sq += x.values[k]! * x.values[k]!;
    qii[i] = sq + diag;
  }
  const order = Int32Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(seed);
  for (let epoch = 0; epoch < maxEpochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    let maxPg = -Infinity;
    let minPg = Infinity;
    for (let s = 0; s < n; s++) {
      const i = order[s]!;
      const yi = sign[i]!;
      let dot = w[dim]!;
      for (let k = x.start[i]!; k < x.start[i + 1]!; k++) dot += w[x.indices[k]!]! * x.values[k]!;
      const g = yi * dot - 1 + diag * alpha[i]!;
      const pg = alpha[i] === 0 ? Math.min(g, 0) : g;
      if (pg > maxPg) maxPg = pg;
      if (pg < minPg) minPg = pg;
      if (pg === 0) continue;
      const old = alpha[i]!;
      const next = Math.max(old - g / qii[i]!, 0);
      const delta = (next - old) * yi;
      if (delta === 0) continue;
      alpha[i] = next;
      for (let k = x.start[i]!; k < x.start[i + 1]!; k++) w[x.indices[k]!]! += delta * x.values[k]!;
      w[dim]! += delta;
    }
    if (maxPg - minPg <= TOLERANCE) break;
  }
  return w;
}

/** The softmax scale that minimises the log loss of held-out margins (golden-section search on [0.25, 50]). */
function fitScale(margins: readonly number[][], truth: readonly number[]): number {
  const loss = (scale: number) => margins.reduce((sum, m, i) => sum - Math.log(Math.max(softmax(m, scale)[truth[i]!]!, 1e-12)), 0);
  let [a, b] = [0.25, 50];
  const phi = (Math.sqrt(5) - 1) / 2;
  let c = b - phi * (b - a);
  let d = a + phi * (b - a);
  let fc = loss(c);
  let fd = loss(d);
  for (let step = 0; step < 40; step++) {
    if (fc < fd) {
      [b, d, fd] = [d, c, fc];
      c = b - phi * (b - a);
      fc = loss(c);
    } else {
      [a, c, fc] = [c, d, fd];
      d = a + phi * (b - a);
      fd = loss(d);
    }
  }
  return Math.round(((a + b) / 2) * 1000) / 1000;
}

function softmax(margins: readonly number[], scale: number): number[] {
  const max = Math.max(...margins);
  const exps = margins.map((m) => Math.exp((m - max) * scale));
  const total = exps.reduce((sum, e) => sum + e, 0);
  return exps.map((e) => e / total);
}

/** A small seeded PRNG (mulberry32): the same seed gives the same visiting order on every platform. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  const random = mulberry32(seed);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

function sortedLabels<L extends string | number>(labels: readonly L[]): L[] {
  return [...new Set(labels)].sort((a, b) => {
    if (typeof a !== typeof b) return typeof a === "number" ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
