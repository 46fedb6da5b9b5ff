import { MODES, type Mode, type ModeSuggestion } from "../requests.types.js";
import { NaiveBayes, type NaiveBayesModel } from "./naive-bayes.js";
import { quoteReasons, type Located } from "./quote-reasons.js";
import { extractFeatures } from "./tokenize.js";

export type { Mode, ModeSuggestion };

/** A labelled request text: starter examples and triage corrections alike. */
export interface ModeExample {
  text: string;
  mode: Mode;
}

/** What the classifier reads: the request's title (optional) and description. */
export interface ModeInput {
  title?: string;
  text: string;
}

/** A trained mode classifier: proposes a mode with its confidence and the phrases that decided it. */
export interface ModeClassifier {
  classify(input: ModeInput): ModeSuggestion;
  /** The trained model, to cache and restore with modeClassifierFromJSON. */
  toJSON(): NaiveBayesModel<Mode>;
}

/** Lidstone smoothing: 0.3–0.5 did best in shuffled 5-fold runs on the starter set, Laplace (1) a little worse. */
const ALPHA = 0.5;
const MAX_REASONS = 3;
// More candidates than reasons, since merged phrases ("how do" + "do i") use up one slot each.
const CANDIDATES = 8;
// Words that weigh in the decision but explain nothing alone: quoted only inside a phrase ("for me").
const BARE_WORDS = new Set(["i", "im", "id", "ive", "me", "my", "we", "us", "our", "you", "your", "it", "to", "the", "this", "in", "is", "for", "with", "and", "can", "could", "would", "will"]);

/** Trains the mode classifier on labelled request texts. */
export function trainModeClassifier(examples: ReadonlyArray<ModeExample>): ModeClassifier {
  const featured = examples.map((example) => ({ features: extractFeatures(example.text).map((f) => f.key), label: example.mode }));
  return wrap(NaiveBayes.trainOnFeatures(featured, { alpha: ALPHA, labels: MODES }));
}

/** Restores a classifier from a model saved with toJSON(). */
export function modeClassifierFromJSON(model: NaiveBayesModel<Mode>): ModeClassifier {
  return wrap(NaiveBayes.fromJSON(model));
}

function wrap(model: NaiveBayes<Mode>): ModeClassifier {
  return {
    classify(input) {
      const located = locate(input);
      const keys = located.map((feature) => feature.key);
      const decision = model.classifyFeatures(keys);
      // Nothing the model knows: the prior alone picks the mode, at chance-level confidence.
      if (decision.evidence === 0) return { mode: decision.label, confidence: 1 / MODES.length, reasons: [] };
      const ranked = model.explainFeatures(keys, decision.label, CANDIDATES).map((c) => c.feature).filter((f) => !BARE_WORDS.has(f));
      return { mode: decision.label, confidence: decision.confidence, reasons: quoteReasons(ranked, located, MAX_REASONS) };
    },
    toJSON: () => model.toJSON(),
  };
}

// The title's features count twice: a title is the requester's own summary of what they want.
function locate({ title = "", text }: ModeInput): Located[] {
  const fromTitle = extractFeatures(title).map((feature) => ({ ...feature, source: title, field: 0 }));
  const fromText = extractFeatures(text).map((feature) => ({ ...feature, source: text, field: 1 }));
  return [...fromTitle, ...fromTitle, ...fromText];
}
