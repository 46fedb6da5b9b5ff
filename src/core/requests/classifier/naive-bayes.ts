import { featureKeys } from "./tokenize.js";

/** Turns a text into feature keys; repeats count. */
export type Featurize = (text: string) => string[];

/** One label's share of a decision. */
export interface LabelScore<L> {
  label: L;
  /** log P(label) + Σ log P(feature | label), over known features. */
  logScore: number;
  /** Posterior probability, normalised with log-sum-exp. */
  probability: number;
}

/** A decision: the winning label, its posterior, every label's score (in label order). */
export interface Classification<L> {
  label: L;
  confidence: number;
  scores: LabelScore<L>[];
  /** How many feature occurrences the model knew; 0 means the prior alone decided. */
  evidence: number;
}

/** A feature of the text and how much it pushed towards a label. */
export interface Contribution {
  feature: string;
  count: number;
  /** count × (log P(f | label) − max over other labels of log P(f | other)). */
  weight: number;
}

/** The serialisable state of a trained model: counts only, so it stays exact in JSON. */
export interface NaiveBayesModel<L> {
  kind: "multinomial-naive-bayes";
  version: 1;
  alpha: number;
  labels: L[];
  docCounts: number[];
  /** [feature, count per label], sorted by feature. */
  features: [string, number[]][];
}

export interface NaiveBayesOptions<L> {
  /** Lidstone smoothing; 1 is Laplace. */
  alpha?: number;
  /** Label order, which also breaks ties; defaults to the sorted labels of the examples. */
  labels?: readonly L[];
  featurize?: Featurize;
}

/** A multinomial naive Bayes text classifier over any label type. Immutable once trained. */
export class NaiveBayes<L extends string | number> {
  private readonly logPriors: number[];
  private readonly logLikelihoods = new Map<string, number[]>();

  private constructor(private readonly model: NaiveBayesModel<L>, private readonly featurize: Featurize) {
    const { alpha, labels, docCounts, features } = model;
    const totalDocs = docCounts.reduce((sum, n) => sum + n, 0);
    this.logPriors = docCounts.map((n) => Math.log(n / totalDocs));
    const totals = labels.map((_, c) => features.reduce((sum, [, counts]) => sum + (counts[c] ?? 0), 0));
    const denominators = totals.map((total) => Math.log(total + alpha * features.length));
    for (const [feature, counts] of features) {
      this.logLikelihoods.set(feature, counts.map((n, c) => Math.log(n + alpha) - denominators[c]!));
    }
  }

  /** Trains on labelled texts. */
  static train<L extends string | number>(examples: ReadonlyArray<{ text: string; label: L }>, options: NaiveBayesOptions<L> = {}): NaiveBayes<L> {
    const featurize = options.featurize ?? featureKeys;
    const featured = examples.map((example) => ({ features: featurize(example.text), label: example.label }));
    return NaiveBayes.trainOnFeatures(featured, options);
  }

  /** Trains on examples already turned into features (e.g. with a title counted twice). */
  static trainOnFeatures<L extends string | number>(
    examples: ReadonlyArray<{ features: readonly string[]; label: L }>,
    options: NaiveBayesOptions<L> = {},
  ): NaiveBayes<L> {
    if (examples.length === 0) throw new Error("Naive Bayes needs at least one training example.");
    const labels = [...(options.labels ?? sortedLabels(examples.map((example) => example.label)))];
    const index = new Map(labels.map((label, i) => [label, i]));
    const docCounts = labels.map(() => 0);
    const counts = new Map<string, number[]>();
    for (const { features, label } of examples) {
      const c = index.get(label);
      if (c === undefined) throw new Error(`Label ${String(label)} is not among the model's labels.`);
      docCounts[c]!++;
      for (const feature of features) {
        const row = counts.get(feature) ?? labels.map(() => 0);
        row[c]!++;
        counts.set(feature, row);
      }
    }
    const features = [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const model: NaiveBayesModel<L> = { kind: "multinomial-naive-bayes", version: 1, alpha: options.alpha ?? 1, labels, docCounts, features };
    return new NaiveBayes(model, options.featurize ?? featureKeys);
  }

  /** Restores a model saved with toJSON(). */
  static fromJSON<L extends string | number>(model: NaiveBayesModel<L>, featurize: Featurize = featureKeys): NaiveBayes<L> {
    if (model.kind !== "multinomial-naive-bayes" || model.version !== 1) throw new Error("Not a naive Bayes model this version can read.");
    return new NaiveBayes(structuredClone(model), featurize);
  }

  get labels(): readonly L[] {
    return this.model.labels;
  }

  /** Whether the model saw this feature in training. */
  knows(feature: string): boolean {
    return this.logLikelihoods.has(feature);
  }

  classify(text: string): Classification<L> {
    return this.classifyFeatures(this.featurize(text));
  }

  /** Scores features; ones never seen in training are ignored, like scikit-learn's vocabulary. */
  classifyFeatures(features: readonly string[]): Classification<L> {
    const logScores = [...this.logPriors];
    let evidence = 0;
    for (const feature of features) {
      const row = this.logLikelihoods.get(feature);
      if (!row) continue;
      evidence++;
      row.forEach((value, c) => (logScores[c]! += value));
    }
    let best = 0;
    logScores.forEach((score, c) => {
      if (score > logScores[best]!) best = c; // strict: ties keep the earlier label
    });
    const max = logScores[best]!;
    const logTotal = max + Math.log(logScores.reduce((sum, score) => sum + Math.exp(score - max), 0));
    const scores = this.model.labels.map((label, c) => ({ label, logScore: logScores[c]!, probability: Math.exp(logScores[c]! - logTotal) }));
    return { label: this.model.labels[best]!, confidence: scores[best]!.probability, scores, evidence };
  }

  explain(text: string, label: L, k: number): Contribution[] {
    return this.explainFeatures(this.featurize(text), label, k);
  }

  /** The k known features that argued most for `label` against every other label, strongest first. */
  explainFeatures(features: readonly string[], label: L, k: number): Contribution[] {
    const c = this.model.labels.indexOf(label);
    if (c < 0 || this.model.labels.length < 2) return [];
    const counts = new Map<string, number>();
    for (const feature of features) if (this.logLikelihoods.has(feature)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
    const contributions: Contribution[] = [];
    for (const [feature, count] of counts) {
      const row = this.logLikelihoods.get(feature)!;
      const rival = Math.max(...row.filter((_, other) => other !== c));
      const weight = count * (row[c]! - rival);
      if (weight > 0) contributions.push({ feature, count, weight });
    }
    // Stable sort: equal weights keep their order of first appearance in the text.
    return contributions.sort((a, b) => b.weight - a.weight).slice(0, Math.max(0, k));
  }

  toJSON(): NaiveBayesModel<L> {
    return structuredClone(this.model);
  }
}

function sortedLabels<L extends string | number>(labels: readonly L[]): L[] {
  return [...new Set(labels)].sort((a, b) => {
    if (typeof a !== typeof b) return typeof a === "number" ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  });
}
