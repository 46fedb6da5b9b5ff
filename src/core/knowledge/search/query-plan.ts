import { porterStem } from "./porter-stemmer.js";
import { SYNONYM_GROUPS } from "./synonyms.js";
import { editVariants, foldCase, isStopWord, termOf, tokenize } from "./text-analysis.js";
import { type LearnedWords, learnedWeight } from "./learned-words.js";

/** One word the person typed, analysed. */
export interface QueryWord {
  word: string;
  term: string;
  /** The last word while still being typed ("chromeb"): matched as a prefix too. */
  prefix: boolean;
  /** Terms of this word written together with a neighbour ("back up" → "backup"), for texts that spell it as one. */
  compounds: string[];
}

export type AlternativeKind = "exact" | "synonym" | "typo" | "prefix" | "compound" | "learned";

/** A term standing for a query word, with how much a match on it counts. */
export interface QueryAlternative {
  term: string;
  weight: number;
  kind: AlternativeKind;
}

/** One query word and every index term that may stand for it; a document scores on its best alternative. */
export interface QueryConcept {
  word: string;
  alternatives: QueryAlternative[];
}

/** Index statistics the planner asks for: document frequency per term, and vocabulary terms by prefix. */
export interface TermLookup {
  df: ReadonlyMap<string, number>;
  /** Vocabulary terms (with df) starting with each requested prefix, most frequent first. */
  byPrefix: ReadonlyMap<string, ReadonlyArray<{ term: string; df: number }>>;
}

export const PLAN = {
  synonymWeight: 0.55,
  typoWeight: 0.8,
  prefixWeight: 0.9,
  compoundWeight: 1,
  /** Shortest partial word expanded as a prefix, and how many vocabulary terms it may become. */
  minPrefix: 3,
  maxPrefixTerms: 12,
  /** Shortest word that typo tolerance corrects (one edit), since short words have too many neighbours. */
  minTypoLength: 5,
};

const SYNONYMS: ReadonlyMap<string, ReadonlySet<string>> = buildSynonyms();

function buildSynonyms(): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const group of SYNONYM_GROUPS) {
    const terms = group.filter((w) => /^[a-z0-9]+$/.test(w) && !isStopWord(w)).map(termOf);
    for (const term of terms) {
      const set = map.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) set.add(other);
      map.set(term, set);
    }
  }
  return map;
}

export function synonymsOf(term: string): string[] {
  return [...(SYNONYMS.get(term) ?? [])].sort();
}

/** The words of a query; the last is a prefix unless the text ends in a space or punctuation. */
export function parseQuery(text: string): QueryWord[] {
  const tokens = tokenize(text);
  const folded = foldCase(text);
  const typing = /[\p{L}\p{N}]$/u.test(folded);
  const seen = new Map<string, QueryWord>();
  const words: QueryWord[] = [];
  const byStart = new Map<number, QueryWord>();
  tokens.forEach((t, i) => {
    const prefix = typing && i === tokens.length - 1 && t.end === text.length && t.word.length >= PLAN.minPrefix;
    const key = `${t.term}${prefix ? "*" : ""}`;
    const known = seen.get(key);
    if (known) {
      byStart.set(t.start, known);
      return;
    }
    const word: QueryWord = { word: t.word.replace(/['’]/g, ""), term: t.term, prefix, compounds: [] };
    seen.set(key, word);
    byStart.set(t.start, word);
    words.push(word);
  });
  // Neighbouring words, stop words included ("back up", "e mail", "log in"), joined: the compound goes to
  // the first of the two that is a query word.
  const raw = [...text.matchAll(/[\p{L}]+/gu)];
  for (let i = 0; i + 1 < raw.length; i += 1) {
    const a = raw[i]!;
    const b = raw[i + 1]!;
    if (text.slice(a.index + a[0].length, b.index).trim() !== "" && text.slice(a.index + a[0].length, b.index) !== "-") continue;
    const joined = foldCase(a[0] + b[0]);
    if (joined.length < 5 || (typing && i + 1 === raw.length - 1)) continue;
    const owner = byStart.get(a.index) ?? byStart.get(b.index);
    const term = termOf(joined);
    if (owner && !owner.compounds.includes(term)) owner.compounds.push(term);
  }
  return words;
}

/** Terms whose document frequency the planner needs before typo correction: the words and their synonyms. */
export function termsToLookUp(words: QueryWord[]): { terms: string[]; prefixes: string[] } {
  const terms = new Set<string>();
  const prefixes = new Set<string>();
  for (const w of words) {
    terms.add(w.term);
    for (const s of synonymsOf(w.term)) terms.add(s);
    for (const c of w.compounds) terms.add(c);
    if (w.prefix) prefixes.add(w.word);
  }
  return { terms: [...terms].sort(), prefixes: [...prefixes].sort() };
}

/** Words unknown to the index and long enough to correct, with the terms one edit away to look up. */
export function typoCandidates(words: QueryWord[], lookup: TermLookup): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of words) {
    // A word still being typed is corrected only when nothing in the vocabulary starts with it.
    if ((w.prefix && (lookup.byPrefix.get(w.word)?.length ?? 0) > 0) || (lookup.df.get(w.term) ?? 0) > 0 || w.word.length < PLAN.minTypoLength || !/^[a-z]+$/.test(w.word)) continue;
    const terms = new Set<string>();
    // Stemmed without the memo: hundreds of one-off variants per word would only evict useful entries.
    for (const v of editVariants(w.word)) if (v.length >= 3) terms.add(porterStem(v));
    terms.delete(w.term);
    out.set(w.term, [...terms].sort());
  }
  return out;
}

/**
 * Turns the query words and the index's statistics into weighted concepts for ranking; with words learned
 * from phrasings (learned-words.ts), the title words a typed word stands for join it.
 */
export function planQuery(words: QueryWord[], lookup: TermLookup, typos = typoCandidates(words, lookup), learned: LearnedWords = new Map()): QueryConcept[] {
  const known = (t: string) => (lookup.df.get(t) ?? 0) > 0;
  const concepts: QueryConcept[] = [];
  for (const w of words) {
    const alternatives = new Map<string, QueryAlternative>();
    const add = (term: string, weight: number, kind: AlternativeKind) => {
      const prior = alternatives.get(term);
      if (!prior || prior.weight < weight) alternatives.set(term, { term, weight, kind });
    };
    add(w.term, 1, "exact");
    for (const s of synonymsOf(w.term)) if (known(s)) add(s, PLAN.synonymWeight, "synonym");
    for (const c of w.compounds) if (known(c)) add(c, PLAN.compoundWeight, "compound");
    for (const l of learned.get(w.term) ?? []) if (known(l.term)) add(l.term, learnedWeight(l.probability), "learned");
    if (w.prefix) {
      const matches = [...(lookup.byPrefix.get(w.word) ?? [])].filter((m) => m.term !== w.term).slice(0, PLAN.maxPrefixTerms);
      for (const m of matches) add(m.term, PLAN.prefixWeight, "prefix");
    }
    {
      // One edit away: prefer the most frequent correction, like a spelling suggester would.
      const fixes = (typos.get(w.term) ?? []).filter(known).sort((a, b) => (lookup.df.get(b) ?? 0) - (lookup.df.get(a) ?? 0) || (a < b ? -1 : 1));
      for (const t of fixes.slice(0, 3)) add(t, PLAN.typoWeight, "typo");
    }
    concepts.push({ word: w.word, alternatives: [...alternatives.values()] });
  }
  return concepts;
}
