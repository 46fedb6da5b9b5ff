/** A normalised word and where it sits in the original text (UTF-16 offsets, end exclusive). */
export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
  /** Sentence-ish segment; bigrams never cross a segment boundary. */
  readonly segment: number;
}

/** A feature (a word or a two-word phrase) and the span of text it came from. */
export interface Feature {
  readonly key: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Glue words that say nothing about what the requester wants. Deliberately small: pronouns,
 * modals and "how/for/please/show/do/idea/want" tell modes apart, and so, by cross-validation,
 * do "the", "this", "is" and "in" ("the projector in 112 is broken" reports a fault), so they stay.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "of", "or", "but", "at", "by", "on", "as", "from", "into", "be", "been", "am", "are",
  "was", "were", "that", "those", "there", "so", "very", "really", "also", "some", "any", "um",
  "hi", "hello", "hey", "thanks", "thank", "cheers", "regards", "ok", "okay",
]);

// Letters with their combining marks and digits, allowing apostrophes inside a word ("can't").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’ʼ][\p{L}\p{M}\p{N}]+)*/gu;
const APOSTROPHES = /['’ʼ]/g;
const SEGMENT_BREAK = /[.!?;:,()\n\r…]/;

/** Lower-cased, NFKC-normalised word tokens with apostrophes removed ("Can't" → "cant"). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let segment = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (tokens.length > 0 && SEGMENT_BREAK.test(text.slice(previousEnd, start))) segment++;
    const word = match[0].normalize("NFKC").toLowerCase().replace(APOSTROPHES, "");
    tokens.push({ word, start, end: start + match[0].length, segment });
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/**
 * The classifier's features: every content word, plus every pair of consecutive content words
 * in the same segment ("show me", "my idea"). Stop words are skipped, so "fix the projector"
 * yields "fix projector", whose span still covers the original "fix the projector".
 */
export function extractFeatures(text: string): Feature[] {
  const words = tokenize(text).filter((token) => !STOP_WORDS.has(token.word));
  const features: Feature[] = [];
  words.forEach((token, i) => {
    features.push({ key: token.word, start: token.start, end: token.end });
    const next = words[i + 1];
    if (next && next.segment === token.segment) {
      features.push({ key: `${token.word} ${next.word}`, start: token.start, end: next.end });
    }
  });
  return features;
}

/** Just the feature keys of a text, in order, repeats kept (multinomial counts need them). */
export function featureKeys(text: string): string[] {
  return extractFeatures(text).map((feature) => feature.key);
}
