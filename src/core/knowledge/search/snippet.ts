import { BoundedMemo } from "../../shared/bounded-memo.js";
import { type Token, tokenize } from "./text-analysis.js";

/** Wraps every word whose index term was matched in «…». Plain text in, plain text out (never HTML). */
export function highlight(text: string, matched: ReadonlySet<string>): string {
  return mark(text, tokenize(text), matched, 0, text.length);
}

/**
 * A short excerpt of `text` around the densest run of matched words (most distinct terms within the
 * window, earliest on ties), highlighted, with "…" where it was cut. The start of the text if nothing
 * matched; the whole text if it fits.
 */
export function snippet(text: string, matched: ReadonlySet<string>, maxChars = 180): string {
  const { flat, tokens } = analysed(text);
  if (!flat) return "";
  const hits = tokens.filter((t) => matched.has(t.term));
  let start = 0;
  // A text that fits is shown whole; a longer one is cut around its best match.
  if (hits.length && flat.length > maxChars) {
    let bestCount = 0;
    let bestStart = hits[0]!.start;
    for (let i = 0; i < hits.length; i += 1) {
      const terms = new Set<string>();
      for (let j = i; j < hits.length && hits[j]!.end - hits[i]!.start <= maxChars * 0.8; j += 1) terms.add(hits[j]!.term);
      if (terms.size > bestCount) {
        bestCount = terms.size;
        bestStart = hits[i]!.start;
      }
    }
    // Some context before the first match, starting at a word boundary.
    start = Math.max(0, bestStart - Math.floor(maxChars * 0.2));
    if (start > 0) {
      const space = flat.indexOf(" ", start);
      start = space >= 0 && space < bestStart ? space + 1 : bestStart;
    }
  }
  let end = Math.min(flat.length, start + maxChars);
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    if (space > start) end = space;
  }
  return `${start > 0 ? "…" : ""}${mark(flat, hits, matched, start, end)}${end < flat.length ? "…" : ""}`;
}

/** `text` from `start` to `end` with the matched tokens (offsets into `text`) wrapped in «…». */
function mark(text: string, tokens: readonly Token[], matched: ReadonlySet<string>, start: number, end: number): string {
  let out = "";
  let at = start;
  for (const t of tokens) {
    if (t.start < start || t.end > end || !matched.has(t.term)) continue;
    out += `${text.slice(at, t.start)}«${text.slice(t.start, t.end)}»`;
    at = t.end;
  }
  return out + text.slice(at, end);
}

/** Up to a million characters of text kept with their tokens (~400 long articles, ~15 MB). */
const memo = new BoundedMemo<string, { flat: string; tokens: Token[] }>(1_000_000, (text) => text.length);

/**
 * An article's display text on one line and its tokens, memoised by content: the same articles come up in
 * search after search, and analysing a long body is most of a snippet's cost (and of its garbage). Keyed by
 * content, never stale; bounded.
 */
function analysed(text: string): { flat: string; tokens: Token[] } {
  const known = memo.get(text);
  if (known) return known;
  const flat = text.replace(/\s+/g, " ").trim();
  return memo.remember(text, { flat, tokens: tokenize(flat) });
}
