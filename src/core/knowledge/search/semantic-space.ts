/**
 * Where sentence vectors are compared. Vectors from one model share a common mean and a few dominant
 * directions that say more about the model and the wording style ("How do I…", "Is it possible to…") than
 * about what a text is about, so raw cosines between unrelated questions are high (~0.6) and crowd together.
 * "All-but-the-top" (Mu & Viswanath, 2018) removes the mean and those directions from every vector before
 * comparing. The space is fitted on the index's own vectors (article titles and learned phrasings), never on
 * queries. On StackFAQ (`npm run eval:suggest`) it moved cold MRR 0.886 → 0.906 and warm 0.921 → 0.936
 * (docs/decisions.md).
 */
export interface SemanticSpace {
  mean: Float32Array;
  /** Orthonormal directions removed from every centred vector, the strongest first. */
  components: Float32Array[];
}

export const SPACE = {
  /** The paper's rule of thumb: about one direction per hundred dimensions (512 → 5). */
  components: 5,
  /**
   * Below this many articles the strongest directions are topics rather than wording (with 19 articles,
   * removing five of them lost "print double-sided" for a duplex question), so vectors stay as they are.
   */
  minArticles: 100,
  /** Statistics come from at most this many rows, evenly spread, so a refit stays cheap at any size. */
  sampleRows: 500,
  /** Steps of orthogonal iteration; fixed, so every node derives the same space from the same rows. */
  iterations: 30,
} as const;

/**
 * Fits the space to packed rows (row r = matrix[r·dims, (r+1)·dims)) owned by articles (`owners[r]`); null
 * when there are too few articles. Every article weighs the same, however many phrasings it has learned:
 * twenty near-identical "I forgot my password" rows would otherwise become the strongest direction, and
 * removing it would erase what password articles are about.
 */
export function fitSpace(matrix: Float32Array, dims: number, owners: Int32Array): SemanticSpace | null {
  const rows = dims ? Math.floor(matrix.length / dims) : 0;
  if (new Set(owners.subarray(0, rows)).size < SPACE.minArticles) return null;
  const step = Math.max(1, rows / SPACE.sampleRows);
  const sample: number[] = [];
  for (let r = 0; r < rows; r += step) sample.push(Math.floor(r));
  const weights = rowWeights(sample, owners.subarray(0, rows));

  const mean = new Float64Array(dims);
  sample.forEach((r, k) => {
    for (let i = 0; i < dims; i += 1) mean[i]! += weights[k]! * matrix[r * dims + i]!;
  });
  // Centred sample rows scaled by √weight, so XᵀX is the weighted covariance.
  const x = new Float64Array(sample.length * dims);
  sample.forEach((r, k) => {
    const scale = Math.sqrt(weights[k]!);
    for (let i = 0; i < dims; i += 1) x[k * dims + i] = scale * (matrix[r * dims + i]! - mean[i]!);
  });
  const components = strongestDirections(x, sample.length, dims, SPACE.components);
  return { mean: Float32Array.from(mean), components: components.map((d) => Float32Array.from(d)) };
}

/**
 * The `count` strongest directions of XᵀX (X: n × dims, row-major) by orthogonal iteration: multiply a block
 * of directions by XᵀX, re-orthonormalise, repeat. Never forms the dims × dims covariance, so a fit costs
 * iterations × 2 × n × dims × count multiplications (~75 M for 500 rows). Starts from a fixed block, so the
 * result depends on the rows alone. Directions that vanish (fewer independent rows than `count`) are dropped.
 */
function strongestDirections(x: Float64Array, n: number, dims: number, count: number): Float64Array[] {
  let block: Float64Array[] = Array.from({ length: count }, (_, c) => Float64Array.from({ length: dims }, (_, i) => 1 + Math.sin((c + 1) * (i + 1)) / 2));
  const projected = new Float64Array(n);
  for (let step = 0; step < SPACE.iterations; step += 1) {
    block = block.map((v) => {
      // (XᵀX)v = Xᵀ(Xv)
      for (let k = 0; k < n; k += 1) {
        let sum = 0;
        for (let i = 0, at = k * dims; i < dims; i += 1) sum += x[at + i]! * v[i]!;
        projected[k] = sum;
      }
      const next = new Float64Array(dims);
      for (let k = 0; k < n; k += 1) {
        const p = projected[k]!;
        if (p) for (let i = 0, at = k * dims; i < dims; i += 1) next[i]! += p * x[at + i]!;
      }
      return next;
    });
    block = orthonormalise(block);
  }
  return block;
}

/** Gram–Schmidt in order; a direction with nothing left of it is dropped. */
function orthonormalise(block: Float64Array[]): Float64Array[] {
  const out: Float64Array[] = [];
  for (const v of block) {
    for (const u of out) removeAlong(v, u);
    let norm = 0;
    for (const y of v) norm += y * y;
    norm = Math.sqrt(norm);
    if (norm < 1e-9) continue;
    for (let i = 0; i < v.length; i += 1) v[i]! /= norm;
    out.push(v);
  }
  return out;
}

/**
 * Weights of the sampled rows, summing to 1: each row 1 / its article's row count in the whole index. An
 * evenly spread sample then gives every article the same expected weight (an article of 21 rows is sampled
 * 21 times as often as a title alone, at a 21st of the weight each).
 */
function rowWeights(sample: readonly number[], owners: Int32Array): Float64Array {
  const rowsOf = new Map<number, number>();
  for (const owner of owners) rowsOf.set(owner, (rowsOf.get(owner) ?? 0) + 1);
  const weights = Float64Array.from(sample, (r) => 1 / rowsOf.get(owners[r]!)!);
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}

/** A vector moved into the space: centred, the shared directions removed, unit length (zero stays zero). */
export function toSpace(space: SemanticSpace, vector: Float32Array): Float32Array {
  const out = new Float32Array(space.mean.length);
  if (vector.length === out.length) moveInto(space, vector, 0, out, 0);
  return out;
}

/** Every packed row moved into the space. */
export function mapRows(space: SemanticSpace, matrix: Float32Array): Float32Array {
  const dims = space.mean.length;
  const out = new Float32Array(matrix.length);
  for (let at = 0; at + dims <= matrix.length; at += dims) moveInto(space, matrix, at, out, at);
  return out;
}

function moveInto(space: SemanticSpace, from: Float32Array, fromAt: number, to: Float32Array, toAt: number): void {
  const { mean, components } = space;
  const dims = mean.length;
  for (let i = 0; i < dims; i += 1) to[toAt + i] = from[fromAt + i]! - mean[i]!;
  for (const u of components) {
    let projection = 0;
    for (let i = 0; i < dims; i += 1) projection += to[toAt + i]! * u[i]!;
    for (let i = 0; i < dims; i += 1) to[toAt + i]! -= projection * u[i]!;
  }
  let norm = 0;
  for (let i = 0; i < dims; i += 1) norm += to[toAt + i]! * to[toAt + i]!;
  norm = Math.sqrt(norm);
  if (norm) for (let i = 0; i < dims; i += 1) to[toAt + i]! /= norm;
}

function removeAlong(vector: Float64Array, direction: Float64Array): void {
  let projection = 0;
  for (let i = 0; i < vector.length; i += 1) projection += vector[i]! * direction[i]!;
  for (let i = 0; i < vector.length; i += 1) vector[i]! -= projection * direction[i]!;
}
