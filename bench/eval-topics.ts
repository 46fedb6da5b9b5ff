/**
 * Topic suggestion at intake, measured on real help-desk tickets with the model code the product uses
 * (LinearClassifier, plus the old naive Bayes for comparison).
 *
 *   npm run eval:topics                                  seeded 80/20 split of ../shared/data/it-tickets/tickets.csv
 *   npm run eval:topics -- --train a.csv --test b.csv   given files (columns Document, Topic_group)
 *
 * Other flags, for experiments: --seed N (split), --c X, --min-df N, --chars MIN,MAX (character n-grams),
 * --no-chars, --char-weight X, --latent-dims N, --no-latent, --no-words, --epochs N, --no-nb (skip naive
 * Bayes), --misses N (print some confusions).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import Papa from "papaparse";
import { LinearClassifier, type LinearClassifierOptions } from "../src/core/requests/classifier/linear-classifier.js";
import { NaiveBayes } from "../src/core/requests/classifier/naive-bayes.js";
import { mulberry32 } from "../src/core/requests/classifier/seeded-random.js";
import { TOPIC_MODEL_OPTIONS } from "../src/platform/topic-training.js";

interface Example {
  text: string;
  label: string;
}

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const has = (name: string) => args.includes(`--${name}`);

const DEFAULT_DATA = fileURLToPath(new URL("../../shared/data/it-tickets/tickets.csv", import.meta.url));

function readCsv(path: string): Example[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true });
  return parsed.data
    .filter((row) => row.Document !== undefined && row.Topic_group)
    .map((row) => ({ text: row.Document ?? "", label: row.Topic_group! }));
}

function split(rows: Example[], seed: number): [Example[], Example[]] {
  const order = rows.map((_, i) => i);
  const random = mulberry32(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const cut = Math.round(rows.length * 0.8);
  return [order.slice(0, cut).map((i) => rows[i]!), order.slice(cut).map((i) => rows[i]!)];
}

const trainFile = flag("train");
const testFile = flag("test");
if (Boolean(trainFile) !== Boolean(testFile)) throw new Error("Give both --train FILE and --test FILE, or neither.");
const seed = Number(flag("seed") ?? 42);
const [train, test] = trainFile && testFile ? [readCsv(trainFile), readCsv(testFile)] : split(readCsv(DEFAULT_DATA), seed);
const source = trainFile ? `${trainFile} / ${testFile}` : `${DEFAULT_DATA}, seeded 80/20 split (seed ${seed})`;
const labels = [...new Set([...train, ...test].map((e) => e.label))].sort();

console.log(`data: ${source}`);
console.log(`train ${train.length}, test ${test.length}, topics ${labels.length}`);

interface Report {
  accuracy: number;
  macroF1: number;
}

function evaluate(name: string, trainMs: number, classify: (text: string) => { label: string; confidence: number }, size: string): Report {
  const times: number[] = [];
  const predictions: string[] = [];
  const confidences: number[] = [];
  for (const example of test) {
    const t0 = performance.now();
    const guess = classify(example.text);
    times.push(performance.now() - t0);
    predictions.push(guess.label);
    confidences.push(guess.confidence);
  }
  const correct = predictions.filter((p, i) => p === test[i]!.label).length;
  const accuracy = correct / test.length;
  const f1s = labels.map((label) => {
    let tp = 0;
    let predicted = 0;
    let actual = 0;
    predictions.forEach((p, i) => {
      if (p === label) predicted++;
      if (test[i]!.label === label) actual++;
      if (p === label && test[i]!.label === label) tp++;
    });
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    return { label, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, support: actual };
  });
  const macroF1 = f1s.reduce((sum, f) => sum + f.f1, 0) / f1s.length;
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(times.length * p))]!;
  console.log(`\n== ${name}`);
  console.log(`accuracy ${accuracy.toFixed(4)} (${correct}/${test.length}), macro-F1 ${macroF1.toFixed(4)}`);
  console.log(`training ${(trainMs / 1000).toFixed(2)} s, per suggestion p50 ${pct(0.5).toFixed(3)} ms, p95 ${pct(0.95).toFixed(3)} ms, max ${times.at(-1)!.toFixed(2)} ms; model ${size}`);
  console.log("per-topic F1:");
  for (const f of f1s) console.log(`  ${f.label.padEnd(22)} ${f.f1.toFixed(3)}  (support ${f.support})`);
  // Calibration: accuracy and mean confidence by confidence band, and what a display threshold keeps.
  const bands = [0, 0.35, 0.5, 0.7, 0.9, 1.0001];
  console.log("confidence bands (mean confidence → accuracy, share of suggestions):");
  for (let b = 0; b + 1 < bands.length; b++) {
    const inBand = confidences.map((c, i) => [c, i] as const).filter(([c]) => c >= bands[b]! && c < bands[b + 1]!);
    if (!inBand.length) continue;
    const hit = inBand.filter(([, i]) => predictions[i] === test[i]!.label).length / inBand.length;
    const mean = inBand.reduce((sum, [c]) => sum + c, 0) / inBand.length;
    console.log(`  [${bands[b]!.toFixed(2)}, ${Math.min(1, bands[b + 1]!).toFixed(2)}) ${mean.toFixed(3)} → ${hit.toFixed(3)}, ${((100 * inBand.length) / test.length).toFixed(1)}%`);
  }
  const misses = Number(flag("misses") ?? 0);
  if (misses > 0) {
    console.log("some misses (truth → predicted):");
    predictions
      .map((p, i) => [p, i] as const)
      .filter(([p, i]) => p !== test[i]!.label)
      .slice(0, misses)
      .forEach(([p, i]) => console.log(`  ${test[i]!.label} → ${p}: ${test[i]!.text.slice(0, 100)}`));
  }
  return { accuracy, macroF1 };
}

const kb = (json: unknown) => `${(JSON.stringify(json).length / 1024 / 1024).toFixed(1)} MB as JSON`;

if (!has("no-nb")) {
  const t0 = performance.now();
  // As intake trained it before: alpha 0.5, the shared tokenizer's words + bigrams.
  const nb = NaiveBayes.train(train, { alpha: 0.5 });
  const ms = performance.now() - t0;
  evaluate("naive Bayes (alpha 0.5, words + bigrams) — the previous intake model", ms, (text) => nb.classify(text), kb(nb.toJSON()));
}

const chars = flag("chars");
const latentDims = flag("latent-dims");
// The product's own options (as intake trains them), unless a flag says otherwise.
const product: Omit<LinearClassifierOptions<number>, "labels"> = TOPIC_MODEL_OPTIONS;
const options: LinearClassifierOptions<string> = {
  ...product,
  ...(flag("c") ? { c: Number(flag("c")) } : {}),
  ...(flag("min-df") ? { minDf: Number(flag("min-df")) } : {}),
  ...(flag("epochs") ? { maxEpochs: Number(flag("epochs")) } : {}),
  features: {
    ...product.features,
    words: !has("no-words"),
    ...(chars ? { charNgrams: chars.split(",").map(Number) as [number, number] } : {}),
    ...(has("no-chars") ? { charNgrams: null } : {}),
    ...(flag("char-weight") ? { charWeight: Number(flag("char-weight")) } : {}),
  },
  ...(latentDims ? { latent: { ...product.latent!, dims: Number(latentDims) } } : {}),
};
if (has("no-latent")) delete options.latent;
const t0 = performance.now();
const linear = LinearClassifier.train(train, options);
const ms = performance.now() - t0;
const json = linear.toJSON();
const grams = options.features?.charNgrams;
const report = evaluate(
  `linear SVM (TF-IDF ${options.features?.words === false ? "" : "word uni+bigrams"}${grams ? ` + char ${grams.join("–")}-grams` : ""}${
    json.latent ? ` + ${json.latent.dims} latent dimensions` : ""
  }; ${linear.featureCount} features, confidence scale ${json.confidenceScale})`,
  ms,
  (text) => linear.classify(text),
  kb(json),
);
console.log(`\ntarget: accuracy ≥ 0.87 ${report.accuracy >= 0.87 ? "met" : "MISSED"}, macro-F1 ≥ 0.86 ${report.macroF1 >= 0.86 ? "met" : "MISSED"}`);
