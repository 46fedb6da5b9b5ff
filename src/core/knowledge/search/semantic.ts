import type { RankedDocument } from "./ranking.js";
import { fitSpace, mapRows, type SemanticSpace, toSpace } from "./semantic-space.js";

/**
 * How meaning joins the lexical ranking: the cosine similarity between the query and an article's best
 * text (its title or one of its learned phrasings), compared in the index's fitted space (semantic-space.ts),
 * times `weight`, is added to the BM25F score.
 * Chosen on the StackFAQ development queries (see docs/evaluations.md); one number, so it can't overfit much.
 */
export const SEMANTIC = {
  weight: 5,
  /** Keywords ("wifi", "chromeb…") are the lexical ranking's job; meaning needs a few words to work with. */
  minWords: 3,
  /** Articles that share no word with the query but mean the same, offered as extra candidates. */
  candidates: 20,
  /** Below this similarity (in the fitted space) an article without shared words is not worth showing. */
  floor: 0.15,
  /** The same for raw cosines, used while the index is too small to fit a space. */
  rawFloor: 0.3,
  /** Learned phrasings kept as vectors per article (the newest). */
  phrasingsPerArticle: 20,
} as const;

export function normalize(vector: Float32Array): Float32Array {
  let norm = 0;
  for (const x of vector) norm += x * x;
  norm = Math.sqrt(norm);
  if (!norm) return vector;
  const out = new Float32Array(vector.length);
  for (let i = 0; i < vector.length; i += 1) out[i] = vector[i]! / norm;
  return out;
}

/** Every stored vector packed in one array (row r = matrix[r·dims, (r+1)·dims)), rows of one article together. */
export interface VectorIndex {
  dims: number;
  /** The article of each row. */
  articleIds: Int32Array;
  matrix: Float32Array;
  /** The space the rows were moved into, and queries must be; null while rows are raw model vectors. */
  space: SemanticSpace | null;
}

/** The index search uses: rows packed, then moved into a space fitted on them (when there are enough). */
export function indexVectors(byArticle: ReadonlyMap<number, readonly Float32Array[]>, dims: number): VectorIndex {
  const packed = packVectors(byArticle, dims);
  const space = fitSpace(packed.matrix, dims, packed.articleIds);
  return space ? { ...packed, matrix: mapRows(space, packed.matrix), space } : packed;
}

/** The similarity below which an article that shares no word with the query is left out, for this index. */
export function floorOf(index: VectorIndex): number {
  return index.space ? SEMANTIC.floor : SEMANTIC.rawFloor;
}

/** Rows packed as they are (no space). */
export function packVectors(byArticle: ReadonlyMap<number, readonly Float32Array[]>, dims: number): VectorIndex {
  const rows = [...byArticle].flatMap(([id, vectors]) => vectors.filter((v) => v.length === dims).map((v) => [id, v] as const));
  const matrix = new Float32Array(rows.length * dims);
  const articleIds = new Int32Array(rows.length);
  rows.forEach(([id, v], r) => {
    articleIds[r] = id;
    matrix.set(v, r * dims);
  });
  return { dims, articleIds, matrix, space: null };
}

/** Each article's similarity to the query (that of its closest text), in one pass over the packed rows. */
export function similarities(rawQuery: Float32Array, index: VectorIndex): Map<number, number> {
  const out = new Map<number, number>();
  if (rawQuery.length !== index.dims) return out;
  const query = index.space ? toSpace(index.space, rawQuery) : rawQuery;
  const { dims, articleIds, matrix } = index;
  let current = -1;
  let best = -Infinity;
  for (let r = 0; r < articleIds.length; r += 1) {
    // Four running sums: the hot loop of every semantic search, about twice as fast as one.
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    const base = r * dims;
    let i = 0;
    for (; i + 3 < dims; i += 4) {
      s0 += query[i]! * matrix[base + i]!;
      s1 += query[i + 1]! * matrix[base + i + 1]!;
      s2 += query[i + 2]! * matrix[base + i + 2]!;
      s3 += query[i + 3]! * matrix[base + i + 3]!;
    }
    for (; i < dims; i += 1) s0 += query[i]! * matrix[base + i]!;
    const sum = s0 + s1 + s2 + s3;
    const id = articleIds[r]!;
    if (id !== current) {
      if (current >= 0) out.set(current, Math.max(best, out.get(current) ?? -Infinity));
      current = id;
      best = sum;
    } else if (sum > best) best = sum;
  }
  if (current >= 0) out.set(current, Math.max(best, out.get(current) ?? -Infinity));
  return out;
}

/** The articles most similar to the query, at least `floor`, best first (ties by id). */
export function nearestArticles(similarity: ReadonlyMap<number, number>, limit: number, floor: number): { articleId: number; similarity: number }[] {
  const out: { articleId: number; similarity: number }[] = [];
  for (const [articleId, s] of similarity) if (s >= floor) out.push({ articleId, similarity: s });
  return out.sort((a, b) => b.similarity - a.similarity || a.articleId - b.articleId).slice(0, limit);
}

/**
 * Lexical scores plus weighted similarity, best first (ties by id, so both engines agree). Candidates
 * that matched no word arrive with only their similarity and no highlighted terms. An article without
 * vectors yet (its encoding failed; the next start fills it in) counts as the least similar of all, never
 * as average: in a fitted space 0 is about the middle.
 */
export function fuseScores(lexical: readonly RankedDocument[], candidateIds: readonly number[], similarity: ReadonlyMap<number, number>, weight: number): RankedDocument[] {
  let missing = 0;
  for (const s of similarity.values()) if (s < missing) missing = s;
  const byId = new Map(lexical.map((r) => [r.articleId, r]));
  const ids = new Set([...lexical.map((r) => r.articleId), ...candidateIds]);
  const fused: RankedDocument[] = [];
  for (const id of ids) {
    const r = byId.get(id);
    const s = similarity.get(id) ?? missing;
    if (!r && s <= 0) continue;
    fused.push({ articleId: id, score: (r?.score ?? 0) + weight * s, matchedTerms: r?.matchedTerms ?? new Set() });
  }
  return fused.sort((a, b) => b.score - a.score || a.articleId - b.articleId);
}
