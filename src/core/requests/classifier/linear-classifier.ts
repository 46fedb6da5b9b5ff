import { fitLatent, LatentProjector, type LatentModel, type LatentOptions } from "./latent-semantics.js";
import { mulberry32 } from "./seeded-random.js";
import { trainBinarySvm, type BinarySvm } from "./svm.js";
import { allKeys, charColumnsOf, featurizer, tfidfMatrix, tfidfRow, type LinearFeatureOptions, type SparseRows, type TextFeatures, type TfidfMatrix } from "./tfidf.js";

export type { LatentOptions } from "./latent-semantics.js";
export type { LinearFeatureOptions } from "./tfidf.js";

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
  /**
   * How many of the text's words and phrases the model knew (a misspelt word counts when half its character
   * n-grams are known; a model without words counts its known n-grams); 0 means nothing the text says was
   * ever seen in training.
   */
  evidence: number;
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
  /** Per label: a weight per column, then per latent dimension, then the bias last. */
  weights: number[][];
  /** Margins are multiplied by this before the softmax that gives confidences. */
  confidenceScale: number;
  /** The latent space whose coordinates follow the columns; absent when the model was trained without. */
  latent?: LatentModel;
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
  /** Latent semantic dimensions appended to each row, fitted when there are LATENT_ROWS_PER_DIM examples per dimension. */
  latent?: LatentOptions;
}

/** Softmax scale for one-vs-rest margins when there is too little data to fit one (fitted values on tickets: ~4–6). */
export const DEFAULT_CONFIDENCE_SCALE = 4;
const MIN_EXAMPLES_TO_CALIBRATE = 300;
/**
 * Distinct words whose character n-grams are cut once: while training (a school's vocabulary is far
 * smaller), and while classifying, where a smaller memory keeps a long-lived model from growing with what
 * people type (forgotten all at once when full).
 */
const WORDS_REMEMBERED_IN_TRAINING = 50_000;
const WORDS_REMEMBERED_IN_USE = 5_000;
/** Below this many examples per latent dimension the space would mostly describe single tickets. */
export const LATENT_ROWS_PER_DIM = 10;

/**
 * A linear text classifier over any label type: TF-IDF features (word uni+bigrams, optionally character
 * n-grams; sublinear tf, l2-normalised rows), optionally latent semantic dimensions, one-vs-rest
 * L2-regularised squared-hinge SVMs trained by dual coordinate descent (the LIBLINEAR solver behind
 * scikit-learn's LinearSVC), confidence from a softmax over the margins. Pure and deterministic; immutable
 * once trained.
 */
export class LinearClassifier<L extends string | number> {
  private readonly columns = new Map<string, number>();
  private readonly featurize: (text: string) => TextFeatures;
  private readonly charColumns: Uint8Array;

  /** The latent space lives in the projector only (typed arrays); toJSON writes it out. */
  private constructor(
    private readonly model: Omit<LinearClassifierModel<L>, "latent">,
    private readonly latent: LatentProjector | null,
  ) {
    model.vocabulary.forEach((key, i) => this.columns.set(key, i));
    this.charColumns = charColumnsOf(model.vocabulary);
    this.featurize = featurizer(model.features, WORDS_REMEMBERED_IN_USE);
  }

  /** Trains on labelled texts. */
  static train<L extends string | number>(examples: ReadonlyArray<{ text: string; label: L }>, options: LinearClassifierOptions<L> = {}): LinearClassifier<L> {
    if (examples.length === 0) throw new Error("The linear classifier needs at least one training example.");
    const features: LinearFeatureOptions = {
      words: options.features?.words ?? true,
      charNgrams: options.features?.charNgrams ?? null,
      ...(options.features?.charWeight === undefined ? {} : { charWeight: options.features.charWeight }),
    };
    const featurize = featurizer(features, WORDS_REMEMBERED_IN_TRAINING);
    const docs = examples.map((example) => allKeys(featurize(example.text)));
    const labels = [...(options.labels ?? sortedLabels(examples.map((example) => example.label)))];
    const index = new Map(labels.map((label, i) => [label, i]));
    const y = Int32Array.from(examples, (example) => {
      const c = index.get(example.label);
      if (c === undefined) throw new Error(`Label ${String(example.label)} is not among the model's labels.`);
      return c;
    });
    const seed = options.seed ?? 1;
    const n = examples.length;
    const { matrix, latent, x } = fitFeatures(docs, features, options, seed);
    const dim = matrix.vocabulary.length + (latent?.dims ?? 0);
    const train = (rows: Int32Array, from?: BinarySvm[]) =>
      labels.map((_, c) =>
        trainBinarySvm(x, y, c, dim, { rows, cost: options.c ?? 0.5, maxEpochs: options.maxEpochs ?? 30, seed: seed + c, ...(from ? { from: from[c]! } : {}) }),
      );
    const classifierOf = (svms: BinarySvm[], confidenceScale: number) =>
      new LinearClassifier<L>(
        {
          kind: "linear-svm-ovr",
          version: 1,
          labels,
          features,
          vocabulary: matrix.vocabulary,
          idf: matrix.idf,
          weights: svms.map((svm) => Array.from(svm.w)),
          confidenceScale,
        },
        latent,
      );
    const all = Int32Array.from({ length: n }, (_, i) => i);
    if (options.confidenceScale !== undefined || n < MIN_EXAMPLES_TO_CALIBRATE) {
      return classifierOf(train(all), options.confidenceScale ?? DEFAULT_CONFIDENCE_SCALE);
    }
    // Fit the confidence scale on a held-out tenth, then train on everything, starting from that fit: only
    // the held-out rows' duals have far to move.
    const order = shuffled(n, seed ^ 0x5bd1e995);
    const held = order.slice(0, Math.floor(n / 10));
    const fitRows = Int32Array.from(order.slice(held.length));
    const first = train(fitRows);
    const known = new Uint8Array(matrix.vocabulary.length);
    for (const d of fitRows) for (let k = matrix.x.start[d]!; k < matrix.x.start[d + 1]!; k++) known[matrix.x.indices[k]!] = 1;
    // The held-out texts as the first model would meet them live: words it never saw are left out, not
    // counted in the row's length (they have no weight, and would shrink every margin).
    const firstModel = classifierOf(first, DEFAULT_CONFIDENCE_SCALE);
    const margins = held.map((d) => firstModel.marginsOf(docs[d]!, known));
    const confidenceScale = fitScale(margins, held.map((d) => y[d]!));
    return classifierOf(train(all, first), confidenceScale);
  }

  /** Restores a model saved with toJSON(). */
  static fromJSON<L extends string | number>(model: LinearClassifierModel<L>): LinearClassifier<L> {
    if (model.kind !== "linear-svm-ovr" || model.version !== 1) throw new Error("Not a linear classifier model this version can read.");
    const { latent, ...rest } = model;
    return new LinearClassifier(structuredClone(rest), latent ? LatentProjector.fromModel(latent) : null);
  }

  get labels(): readonly L[] {
    return this.model.labels;
  }

  /** Columns in the vocabulary, for sizing. */
  get featureCount(): number {
    return this.model.vocabulary.length;
  }

  classify(text: string): LinearClassification<L> {
    const features = this.featurize(text);
    const margins = this.marginsOf(allKeys(features));
    const evidence = this.evidenceOf(features);
    const probabilities = softmax(margins, this.model.confidenceScale);
    let best = 0;
    margins.forEach((margin, c) => {
      if (margin > margins[best]!) best = c; // strict: ties keep the earlier label
    });
    const scores = this.model.labels.map((label, c) => ({ label, margin: margins[c]!, probability: probabilities[c]! }));
    return { label: this.model.labels[best]!, confidence: probabilities[best]!, scores, evidence };
  }

  toJSON(): LinearClassifierModel<L> {
    return { ...structuredClone(this.model), ...(this.latent ? { latent: this.latent.toModel() } : {}) };
  }

  /** Margins for feature keys, leaving out columns not marked in `known` when it is given. */
  private marginsOf(keys: readonly string[], known?: Uint8Array): number[] {
    const counts = new Map<number, number>();
    for (const key of keys) {
      const column = this.columns.get(key);
      if (column !== undefined && (!known || known[column])) counts.set(column, (counts.get(column) ?? 0) + 1);
    }
    const { idf, weights, features } = this.model;
    const margins = weights.map((w) => w[w.length - 1]!);
    // Ascending, as in training, so a training text gets exactly its training row.
    const columns = [...counts.keys()].sort((a, b) => a - b);
    const values = Float64Array.from(columns, (column) => counts.get(column)!);
    tfidfRow(columns, values, idf, this.charColumns, features);
    for (let k = 0; k < columns.length; k++) {
      for (let c = 0; c < weights.length; c++) margins[c]! += weights[c]![columns[k]!]! * values[k]!;
    }
    if (this.latent && columns.length > 0) {
      const coordinates = this.latent.coordinates(columns, values);
      for (let j = 0; j < coordinates.length; j++) {
        for (let c = 0; c < weights.length; c++) margins[c]! += weights[c]![idf.length + j]! * coordinates[j]!;
      }
    }
    return margins;
  }

  /**
   * How many of the text's words and phrases the model knows. A word it never saw counts when at least half
   * its character n-grams are known ("pritner"), but n-grams shared by chance ("pa" in "password" and
   * "paper") are no evidence of a topic. A model of n-grams alone counts its known n-grams.
   */
  private evidenceOf(text: TextFeatures): number {
    const knows = (key: string) => this.columns.has(key);
    if (!this.model.features.words) return text.grams.reduce((sum, { keys }) => sum + keys.filter(knows).length, 0);
    let evidence = text.words.filter(knows).length;
    for (const { word, keys } of text.grams) {
      if (!knows(word) && keys.filter(knows).length * 2 >= keys.length) evidence++;
    }
    return evidence;
  }
}

/**
 * The TF-IDF matrix of the training texts and, when asked for and there are enough examples, the latent
 * space of its words with each row's coordinates appended. Neither uses labels, so one matrix serves the
 * calibration fit and the final one.
 */
function fitFeatures<L>(docs: string[][], features: LinearFeatureOptions, options: LinearClassifierOptions<L>, seed: number): { matrix: TfidfMatrix; latent: LatentProjector | null; x: SparseRows } {
  const n = docs.length;
  const matrix = tfidfMatrix(docs, options.minDf ?? (n < 50 ? 1 : 2), features);
  if (!options.latent || !features.words || n < options.latent.dims * LATENT_ROWS_PER_DIM) return { matrix, latent: null, x: matrix.x };
  // Words alone span the latent space: character n-grams restate the same words.
  const charColumns = charColumnsOf(matrix.vocabulary);
  const wordDf = Int32Array.from(matrix.df, (count, column) => (charColumns[column] ? 0 : count));
  const fitted = fitLatent(matrix.x, wordDf, matrix.vocabulary.length, options.latent, seed ^ 0x2545f491);
  return fitted ? { matrix, ...fitted } : { matrix, latent: null, x: matrix.x };
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
