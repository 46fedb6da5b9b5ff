import { tokenize, type Feature } from "./tokenize.js";

/** Longer merged phrases read as a sentence, not a reason. */
export const MAX_PHRASE_WORDS = 4;

/** A feature found in one of the request's fields (title, description). */
export interface Located extends Feature {
  readonly source: string;
  readonly field: number;
}

/**
 * Quotes the deciding features as they appear in the text, strongest first. A phrase is quoted
 * where it first occurs; phrases that share a word merge ("how do" + "do i" → "how do i"), so a
 * reason reads as one phrase rather than as fragments of it, up to MAX_PHRASE_WORDS words.
 */
export function quoteReasons(ranked: readonly string[], located: readonly Located[], max: number): string[] {
  let spans: Span[] = [];
  let nextRank = 0;
  for (const key of ranked) {
    const at = located.find((feature) => feature.key === key);
    if (!at) continue;
    const overlapping = spans.filter((span) => span.field === at.field && span.start < at.end && at.start < span.end);
    const start = Math.min(at.start, ...overlapping.map((span) => span.start));
    const end = Math.max(at.end, ...overlapping.map((span) => span.end));
    const merged = { field: at.field, source: at.source, start, end, rank: Math.min(nextRank, ...overlapping.map((span) => span.rank)) };
    if (overlapping.length === 0 && spans.length >= max) continue;
    if (tokenize(at.source.slice(start, end)).length > MAX_PHRASE_WORDS) continue;
    spans = [...spans.filter((span) => !overlapping.includes(span)), merged];
    nextRank++;
  }
  return spans
    .sort((a, b) => a.rank - b.rank)
    .map((span) => `"${span.source.slice(span.start, span.end).replace(/\s+/g, " ")}"`);
}

interface Span {
  field: number;
  source: string;
  start: number;
  end: number;
  /** Order of the strongest feature in the span, so reasons stay strongest first. */
  rank: number;
}
