import type { QueryConcept } from "./query-plan.js";

export const FIELDS = ["title", "body", "phrasings"] as const;
export type Field = (typeof FIELDS)[number];

/** A candidate as the ranker sees it: the index terms of each field, in order. */
export interface RankableDocument {
  articleId: number;
  fields: Record<Field, readonly string[]>;
}

/** Real corpus statistics, kept by the index: document count, mean field lengths, document frequency. */
export interface CorpusStats {
  documents: number;
  averageLength: Record<Field, number>;
  df: ReadonlyMap<string, number>;
}

/** BM25F (Robertson & Zaragoza) per field, plus coverage and proximity bonuses; tuned on paraphrased questions. */
export interface RankingParams {
  k1: number;
  weight: Record<Field, number>;
  b: Record<Field, number>;
  /** Added per unit of query idf covered by the title (share of the query's idf mass found there). */
  titleCoverage: number;
  /** Added when two neighbouring query words appear near each other (in order or not) in a field. */
  proximity: number;
  proximityWindow: number;
}

export const DEFAULT_RANKING: RankingParams = {
  k1: 3.2,
  weight: { title: 4, body: 0.5, phrasings: 3 },
  b: { title: 0.5, body: 0.8, phrasings: 0.2 },
  titleCoverage: 1.33,
  proximity: 0.125,
  proximityWindow: 3,
};

export interface RankedDocument {
  articleId: number;
  score: number;
  /**
   * Index terms of the query that this document matched, for highlighting: the words typed, their forms,
   * corrections and synonyms. Words learned from phrasings count in the score but are not highlighted: a
   * learned association can be loose ("charge" → "first"), and a highlight should show what was asked.
   */
  matchedTerms: Set<string>;
}

/** Separates one phrasing from the next inside the phrasings field; never a query term. */
export const PHRASING_SEPARATOR = "|";

/** How many of the best documents by the other signals get the proximity bonus. */
const PROXIMITY_LEADERS = 30;

const byScore = (a: RankedDocument, b: RankedDocument) => b.score - a.score || a.articleId - b.articleId;

export function idf(documents: number, df: number): number {
  return Math.log(1 + (documents - df + 0.5) / (df + 0.5));
}

/** Scores and orders candidates; ties break by article id so both engines return the same order. */
export function rankDocuments(
  concepts: QueryConcept[],
  documents: readonly RankableDocument[],
  stats: CorpusStats,
  params: RankingParams = DEFAULT_RANKING,
): RankedDocument[] {
  const idfOf = new Map<string, number>();
  for (const c of concepts) for (const a of c.alternatives) idfOf.set(a.term, idf(stats.documents, stats.df.get(a.term) ?? 0));
  const conceptIdf = concepts.map((c) => idfOf.get(c.alternatives[0]!.term) ?? 0);
  const totalIdf = conceptIdf.reduce((s, x) => s + x, 0) || 1;

  const ranked: RankedDocument[] = [];
  const byId = new Map<number, RankableDocument>();
  // The hot loop of every search (a hundred candidates): plain loops and reused arrays, so a search leaves
  // little garbage behind (collections pause the whole server).
  const tf: Map<string, number>[] = [];
  const norm: number[] = [];
  for (const doc of documents) {
    for (let i = 0; i < FIELDS.length; i += 1) {
      const f = FIELDS[i]!;
      tf[i] = countTerms(doc.fields[f]);
      norm[i] = 1 - params.b[f] + (params.b[f] * lengthOf(doc.fields[f])) / (stats.averageLength[f] || 1);
    }
    let score = 0;
    let titleCovered = 0;
    let matchedTerms: Set<string> | null = null;
    for (let ci = 0; ci < concepts.length; ci += 1) {
      let bestPart = 0;
      let inTitle = 0;
      for (const alt of concepts[ci]!.alternatives) {
        if (tf[0]!.has(alt.term)) inTitle = Math.max(inTitle, alt.weight);
        let pseudo = 0;
        for (let i = 0; i < FIELDS.length; i += 1) {
          const n = tf[i]!.get(alt.term);
          if (n) pseudo += (params.weight[FIELDS[i]!] * n) / norm[i]!;
        }
        if (!pseudo) continue;
        bestPart = Math.max(bestPart, alt.weight * (idfOf.get(alt.term) ?? 0) * (pseudo / (params.k1 + pseudo)));
        if (alt.kind !== "learned") (matchedTerms ??= new Set()).add(alt.term);
      }
      score += bestPart;
      titleCovered += inTitle * conceptIdf[ci]!;
    }
    if (score <= 0) continue;
    score += params.titleCoverage * (titleCovered / totalIdf) * (totalIdf / Math.max(1, concepts.length));
    ranked.push({ articleId: doc.articleId, score, matchedTerms: matchedTerms ?? new Set() });
    byId.set(doc.articleId, doc);
  }
  ranked.sort(byScore);
  // Proximity only reorders near the top (it is a small bonus), so only the leaders pay for positions.
  if (params.proximity) {
    const leaders = ranked.slice(0, PROXIMITY_LEADERS);
    for (const r of leaders) r.score += params.proximity * proximityBonus(concepts, byId.get(r.articleId)!, params, conceptIdf);
    ranked.splice(0, leaders.length, ...leaders.sort(byScore));
  }
  return ranked;
}

// Counts and positions are per field array; a document ranked for several queries (bench, re-ranking) counts once.
const countCache = new WeakMap<readonly string[], Map<string, number>>();
const lengthCache = new WeakMap<readonly string[], number>();
const positionCache = new WeakMap<readonly string[], Map<string, number[]>>();

function countTerms(terms: readonly string[]): Map<string, number> {
  const cached = countCache.get(terms);
  if (cached) return cached;
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  countCache.set(terms, counts);
  return counts;
}

/** For each pair of neighbouring query words, the best field weight where both occur within the window. */
function proximityBonus(concepts: QueryConcept[], doc: RankableDocument, params: RankingParams, conceptIdf: number[]): number {
  if (concepts.length < 2) return 0;
  let maxWeight = 0;
  for (const f of FIELDS) maxWeight = Math.max(maxWeight, params.weight[f]);
  let bonus = 0;
  for (let i = 0; i + 1 < concepts.length; i += 1) {
    let fieldBest = 0;
    for (const f of FIELDS) {
      if (near(concepts[i]!, concepts[i + 1]!, positionsIn(doc.fields[f]), params.proximityWindow)) fieldBest = Math.max(fieldBest, params.weight[f] / maxWeight);
    }
    bonus += fieldBest * Math.min(conceptIdf[i]!, conceptIdf[i + 1]!);
  }
  return bonus;
}

/** Whether any form of `a` and any form of `b` occur at different positions within the window. */
function near(a: QueryConcept, b: QueryConcept, positions: Map<string, number[]>, window: number): boolean {
  for (const x of a.alternatives) {
    const at = positions.get(x.term);
    if (!at) continue;
    for (const y of b.alternatives) {
      const bt = positions.get(y.term);
      if (!bt) continue;
      for (const p of at) for (const q of bt) if (p !== q && Math.abs(p - q) <= window) return true;
    }
  }
  return false;
}

function positionsIn(terms: readonly string[]): Map<string, number[]> {
  const cached = positionCache.get(terms);
  if (cached) return cached;
  const map = new Map<string, number[]>();
  terms.forEach((t, i) => {
    const list = map.get(t);
    if (list) list.push(i);
    else map.set(t, [i]);
  });
  positionCache.set(terms, map);
  return map;
}

/** Length of a field in terms, not counting phrasing separators (as the index's totals count it). */
export function fieldLength(terms: readonly string[]): number {
  let n = 0;
  for (const t of terms) if (t !== PHRASING_SEPARATOR) n += 1;
  return n;
}

/** fieldLength, remembered per analysed field (documents are reused across searches). */
function lengthOf(terms: readonly string[]): number {
  let n = lengthCache.get(terms);
  if (n === undefined) lengthCache.set(terms, (n = fieldLength(terms)));
  return n;
}
