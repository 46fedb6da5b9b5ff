import { BoundedMemo } from "../../shared/bounded-memo.js";
import { porterStem } from "./porter-stemmer.js";
import { STOP_WORDS } from "./stop-words.js";

/** One word of a text after analysis: where it was, what was written, and the term the index keeps. */
export interface Token {
  /** Lower-cased, accent-free word as written. */
  word: string;
  /** The indexed term (Porter stem). */
  term: string;
  /** Character offsets of the word in the analysed text. */
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Lower case, without accents (é → e), so "Café" and "cafe" meet. Keeps string length for offsets where it can. */
export function foldCase(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The index term for one lower-cased word: apostrophes dropped ("doesn't" → "doesnt"), then stemmed. */
export function termOf(word: string): string {
  return stems.get(word) ?? stems.remember(word, porterStem(word.replace(/['’]/g, "")));
}

/** The same words are stemmed again and again (documents, snippets, typo variants). */
const stems = new BoundedMemo<string, string>(50_000);

/** Splits text into words, drops stop words and stems the rest. Offsets point into `text` itself. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = foldCase(match[0]);
    if (isStopWord(word)) continue;
    const term = termOf(word);
    if (!term) continue;
    tokens.push({ word, term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word) || ((word.includes("'") || word.includes("’")) && STOP_WORDS.has(word.replace(/['’]/g, "")));
}

/** Index terms of a text, in order (stop words removed). */
export function analyze(text: string): string[] {
  return tokenize(text).map((t) => t.term);
}

/**
 * Markdown to plain text for indexing and snippets: code fences and inline code keep their text,
 * links keep their label, images their alt text; markup, HTML tags and bare URLs' punctuation go.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/```[^\n]*\n([\s\S]*?)```/g, " $1 ")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>\n]{1,200}>/g, " ")
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/(\*\*|__|~~)(.+?)\1/g, "$2")
    .replace(/(^|[\s(])[*_]([^*_\n]+)[*_]/g, "$1$2")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/[ \t\r\f\v]+/g, " ")
    .replace(/\n{2,}/g, "\n")
    .trim();
}

/**
 * Every string one edit (delete, insert, substitute, swap of neighbours) away from `term`, over a–z and
 * 0–9: the candidates a typo could have come from, looked up against the index's vocabulary.
 */
export function editVariants(term: string): string[] {
  const letters = "abcdefghijklmnopqrstuvwxyz0123456789";
  const out = new Set<string>();
  for (let i = 0; i <= term.length; i += 1) {
    const head = term.slice(0, i);
    const tail = term.slice(i);
    if (tail) out.add(head + tail.slice(1));
    if (tail.length > 1) out.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const c of letters) {
      if (tail) out.add(head + c + tail.slice(1));
      out.add(head + c + tail);
    }
  }
  out.delete(term);
  return [...out];
}
