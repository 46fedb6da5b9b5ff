import type { QueryConcept } from "./query-plan.js";

/** Separates one phrasing from the next inside the phrasings field; never a query term. */
export const PHRASING_SEPARATOR = "|";

/** Experiment switch (temporary). */
export const WORDING = { mode: "dice" as "coverage" | "dice" | "cosine", top2: 0 };

const segmentCache = new WeakMap<readonly string[], Set<string>[]>();

/** The distinct terms of each phrasing in a phrasings field. */
export function phrasingSets(terms: readonly string[]): Set<string>[] {
  const cached = segmentCache.get(terms);
  if (cached) return cached;
  const out: Set<string>[] = [];
  let current = new Set<string>();
  for (const t of terms) {
    if (t === PHRASING_SEPARATOR) {
      if (current.size) out.push(current);
      current = new Set();
    } else current.add(t);
  }
  if (current.size) out.push(current);
  segmentCache.set(terms, out);
  return out;
}

/**
 * How closely a short wording (a title, one phrasing) matches the whole query, in [0, 1]: the idf mass
 * both share over the idf mass of both (Dice), so a wording that says exactly what the query says wins
 * over a long one that merely contains its words.
 */
export function wordingSimilarity(concepts: QueryConcept[], conceptIdf: readonly number[], wording: ReadonlySet<string>, idfOf: (term: string) => number): number {
  let shared = 0;
  let queryMass = 0;
  let sharedTerms = 0;
  const used = new Set<string>();
  concepts.forEach((c, i) => {
    const w = conceptIdf[i]!;
    queryMass += w;
    let best = 0;
    let bestTerm = "";
    for (const a of c.alternatives) if (a.weight > best && wording.has(a.term)) { best = a.weight; bestTerm = a.term; }
    if (best) {
      shared += best * w;
      if (!used.has(bestTerm)) { used.add(bestTerm); sharedTerms += idfOf(bestTerm); }
    }
  });
  if (!shared || !queryMass) return 0;
  if (WORDING.mode === "coverage") return shared / queryMass;
  let wordingMass = 0;
  let sq = 0;
  for (const t of wording) { const x = idfOf(t); wordingMass += x; sq += x * x; }
  if (WORDING.mode === "dice") return (shared + sharedTerms) / (queryMass + wordingMass);
  let qsq = 0;
  for (const w of conceptIdf) qsq += w * w;
  let dot = 0;
  concepts.forEach((c, i) => {
    let best = 0;
    for (const a of c.alternatives) if (a.weight > best && wording.has(a.term)) best = a.weight;
    dot += best * conceptIdf[i]! * conceptIdf[i]!;
  });
  return dot / Math.sqrt(qsq * sq || 1);
}
