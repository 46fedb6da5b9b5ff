import { tokenize } from "./text-analysis.js";

/** Wraps every word whose index term was matched in «…». Plain text in, plain text out (never HTML). */
export function highlight(text: string, matched: ReadonlySet<string>): string {
  let out = "";
  let at = 0;
  for (const t of tokenize(text)) {
    if (!matched.has(t.term)) continue;
    out += `${text.slice(at, t.start)}«${text.slice(t.start, t.end)}»`;
    at = t.end;
  }
  return out + text.slice(at);
}

/**
 * A short excerpt of `text` around the densest run of matched words (most distinct terms within the
 * window, earliest on ties), highlighted, with "…" where it was cut. The start of the text if nothing matched.
 */
export function snippet(text: string, matched: ReadonlySet<string>, maxChars = 180): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (!flat) return "";
  const hits = tokenize(flat).filter((t) => matched.has(t.term));
  let start = 0;
  if (hits.length) {
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
  const excerpt = highlight(flat.slice(start, end), matched);
  return `${start > 0 ? "…" : ""}${excerpt}${end < flat.length ? "…" : ""}`;
}
