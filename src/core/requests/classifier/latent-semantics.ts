import { gaussian } from "./seeded-random.js";
import type { SparseRows } from "./tfidf.js";

/** Latent semantic dimensions appended to a TF-IDF row. */
export interface LatentOptions {
  dims: number;
  /** Length of the appended coordinates (they are l2-normalised), against each TF-IDF view's 1. */
  weight: number;
  /** Only columns seen in at least this many training documents span the space (bounds its size). */
  minDf: number;
  /** Power iterations of the range finder: 2 is plenty for text (Halko et al.). */
  powerIterations: number;
}

/**
 * A latent semantic space (LSA, Deerwester et al. 1990) of a TF-IDF matrix, serialisable: an orthonormal
 * basis of the span of its strongest right singular vectors, kept as Z R⁻¹, so that a row's coordinates are
 * (x·Z) R⁻¹. Z holds one vector per column and R is a small triangle, so projecting a sparse row costs its
 * non-zeros times the dimensions plus one triangular solve.
 */
export interface LatentModel {
  dims: number;
  weight: number;
  /** Per vocabulary column, its row of Z, or -1 for columns outside the space. */
  zRowOfColumn: number[];
  /** Row-major, `dims` numbers per row; rounded to 32-bit floats. */
  z: number[];
  /** Upper triangle R, row-major dims × dims. */
  r: number[];
}

/** What fitting gives: Z and R as typed arrays. */
interface LatentSpace {
  dims: number;
  z: Float32Array;
  r: Float64Array;
}

/** A latent space ready to project rows, over typed arrays; its serialisable form is made on request. */
export class LatentProjector {
  private readonly out: Float64Array;

  constructor(
    readonly dims: number,
    private readonly weight: number,
    private readonly zRowOfColumn: Int32Array,
    private readonly z: Float32Array,
    private readonly r: Float64Array,
  ) {
    this.out = new Float64Array(dims);
  }

  static fromModel(model: LatentModel): LatentProjector {
    return new LatentProjector(model.dims, model.weight, Int32Array.from(model.zRowOfColumn), Float32Array.from(model.z), Float64Array.from(model.r));
  }

  toModel(): LatentModel {
    return { dims: this.dims, weight: this.weight, zRowOfColumn: Array.from(this.zRowOfColumn), z: Array.from(this.z), r: Array.from(this.r) };
  }

  /**
   * The weighted unit coordinates of a TF-IDF row (columns ascending or not), into a reused buffer: read it
   * before the next call. All zeros when no column of the row spans the space.
   */
  coordinates(columns: ArrayLike<number>, values: ArrayLike<number>, from = 0, to = columns.length): Float64Array {
    const { dims } = this;
    const out = this.out.fill(0);
    for (let k = from; k < to; k++) {
      const row = this.zRowOfColumn[columns[k]!]!;
      if (row < 0) continue;
      const at = row * dims;
      const v = values[k]!;
      for (let j = 0; j < dims; j++) out[j]! += v * this.z[at + j]!;
    }
    solveUpperTransposed(this.r, dims, out);
    let norm = 0;
    for (let j = 0; j < dims; j++) norm += out[j]! * out[j]!;
    if (norm > 0) {
      const scale = this.weight / Math.sqrt(norm);
      for (let j = 0; j < dims; j++) out[j]! *= scale;
    }
    return out;
  }
}

/**
 * Fits the latent space of TF-IDF rows over the columns whose document frequency reaches `options.minDf`
 * (pass 0 for a column to keep it out), and returns it with the rows' own coordinates appended as columns
 * `first`, `first + 1`, … Null when no column qualifies or the fit is not finite: the model then does without.
 */
export function fitLatent(x: SparseRows, df: ArrayLike<number>, first: number, options: LatentOptions, seed: number): { latent: LatentProjector; x: SparseRows } | null {
  const zRowOfColumn = new Int32Array(df.length).fill(-1);
  let count = 0;
  for (let column = 0; column < df.length; column++) if (df[column]! >= options.minDf) zRowOfColumn[column] = count++;
  // The space can't have more directions than the columns spanning it.
  const dims = Math.min(options.dims, count);
  if (dims === 0) return null;
  const n = x.start.length - 1;
  const start = new Int32Array(n + 1);
  const indices: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let k = x.start[i]!; k < x.start[i + 1]!; k++) {
      const row = zRowOfColumn[x.indices[k]!]!;
      if (row < 0) continue;
      indices.push(row);
      values.push(x.values[k]!);
    }
    start[i + 1] = indices.length;
  }
  const space = fitLatentSpace({ start, indices: Int32Array.from(indices), values: Float64Array.from(values) }, count, dims, options.powerIterations, seed);
  if (!space.z.every(Number.isFinite) || !space.r.every(Number.isFinite)) return null;
  const latent = new LatentProjector(dims, options.weight, zRowOfColumn, space.z, space.r);
  return { latent, x: withCoordinates(x, latent, first) };
}

/** The rows with their latent coordinates appended as columns first, first + 1, … */
function withCoordinates(x: SparseRows, latent: LatentProjector, first: number): SparseRows {
  const n = x.start.length - 1;
  const start = new Int32Array(n + 1);
  const indices = new Int32Array(x.indices.length + n * latent.dims);
  const values = new Float64Array(indices.length);
  let at = 0;
  for (let i = 0; i < n; i++) {
    for (let k = x.start[i]!; k < x.start[i + 1]!; k++) {
      indices[at] = x.indices[k]!;
      values[at++] = x.values[k]!;
    }
    const coordinates = latent.coordinates(x.indices, x.values, x.start[i]!, x.start[i + 1]!);
    for (let j = 0; j < latent.dims; j++) {
      indices[at] = first + j;
      values[at++] = coordinates[j]!;
    }
    start[i + 1] = at;
  }
  return { start, indices, values };
}

/**
 * Fits a latent space to sparse rows with the randomized range finder and power iterations (Halko, Martinsson &
 * Tropp 2011). Any orthonormal basis of the subspace will do: a linear model on the coordinates is the same
 * model up to a rotation, and an L2 penalty does not see rotations. So no singular value decomposition is
 * needed, only the subspace.
 */
function fitLatentSpace(x: SparseRows, columnCount: number, dims: number, powerIterations: number, seed: number): LatentSpace {
  const n = x.start.length - 1;
  const random = gaussian(seed);
  // Start from random combinations of rows: Y = X Xᵀ G is a sketch of X's column space (in row space).
  let y: Float64Array = new Float64Array(n * dims);
  for (let i = 0; i < y.length; i++) y[i] = random();
  let z: Float64Array = transposeTimes(x, y, columnCount, dims);
  y = times(x, z, dims);
  for (let q = 0; q < powerIterations; q++) {
    // One Cholesky QR pass keeps the block well conditioned; only the last basis must be orthonormal.
    orthonormaliseColumns(y, n, dims, 1);
    z = transposeTimes(x, y, columnCount, dims);
    y = times(x, z, dims);
  }
  orthonormaliseColumns(y, n, dims, 2);
  z = transposeTimes(x, y, columnCount, dims);
  // ZᵀZ = Yᵀ X Xᵀ Y; its Cholesky factor R makes Z R⁻¹ orthonormal.
  const gram = gramOf(times(x, z, dims), y, n, dims);
  const r = cholesky(gram, dims);
  return { dims, z: Float32Array.from(z), r };
}

/** Solves Rᵀ u = b in place (R upper triangular): the coordinates are b R⁻¹ as a row vector. */
function solveUpperTransposed(r: Float64Array, dims: number, b: Float64Array): Float64Array {
  for (let j = 0; j < dims; j++) {
    let s = b[j]!;
    for (let i = 0; i < j; i++) s -= r[i * dims + j]! * b[i]!;
    b[j] = s / r[j * dims + j]!;
  }
  return b;
}

/** X · M, with M dense columnCount × dims (row-major); result n × dims. */
function times(x: SparseRows, m: Float64Array, dims: number): Float64Array {
  const n = x.start.length - 1;
  const out = new Float64Array(n * dims);
  for (let i = 0; i < n; i++) {
    const o = i * dims;
    for (let k = x.start[i]!; k < x.start[i + 1]!; k++) {
      const at = x.indices[k]! * dims;
      const v = x.values[k]!;
      for (let j = 0; j < dims; j++) out[o + j]! += v * m[at + j]!;
    }
  }
  return out;
}

/** Xᵀ · Y, with Y dense n × dims; result columnCount × dims. */
function transposeTimes(x: SparseRows, y: Float64Array, columnCount: number, dims: number): Float64Array {
  const n = x.start.length - 1;
  const out = new Float64Array(columnCount * dims);
  for (let i = 0; i < n; i++) {
    const o = i * dims;
    for (let k = x.start[i]!; k < x.start[i + 1]!; k++) {
      const at = x.indices[k]! * dims;
      const v = x.values[k]!;
      for (let j = 0; j < dims; j++) out[at + j]! += v * y[o + j]!;
    }
  }
  return out;
}

/** Aᵀ B for two dense n × dims matrices, symmetrised (used where the product is symmetric in exact arithmetic). */
function gramOf(a: Float64Array, b: Float64Array, n: number, dims: number): Float64Array {
  const g = new Float64Array(dims * dims);
  for (let i = 0; i < n; i++) {
    const o = i * dims;
    for (let p = 0; p < dims; p++) {
      const ap = a[o + p]!;
      if (ap === 0) continue;
      const row = p * dims;
      for (let q = 0; q < dims; q++) g[row + q]! += ap * b[o + q]!;
    }
  }
  for (let p = 0; p < dims; p++) {
    for (let q = p + 1; q < dims; q++) {
      const mean = (g[p * dims + q]! + g[q * dims + p]!) / 2;
      g[p * dims + q] = mean;
      g[q * dims + p] = mean;
    }
  }
  return g;
}

/** Yᵀ Y for a dense n × dims matrix, computing one triangle. */
function selfGram(y: Float64Array, n: number, dims: number): Float64Array {
  const g = new Float64Array(dims * dims);
  for (let i = 0; i < n; i++) {
    const o = i * dims;
    for (let p = 0; p < dims; p++) {
      const yp = y[o + p]!;
      if (yp === 0) continue;
      const row = p * dims;
      for (let q = p; q < dims; q++) g[row + q]! += yp * y[o + q]!;
    }
  }
  for (let p = 0; p < dims; p++) for (let q = p + 1; q < dims; q++) g[q * dims + p] = g[p * dims + q]!;
  return g;
}

/**
 * Makes the columns of a dense n × dims matrix orthonormal, in place, by Cholesky QR (twice for the final basis: CholeskyQR2,
 * Fukaya et al. 2014): passes of Y ← Y R⁻¹ with R from YᵀY, stable for the mildly conditioned
 * blocks a power iteration produces.
 */
function orthonormaliseColumns(y: Float64Array, n: number, dims: number, passes: number): void {
  for (let pass = 0; pass < passes; pass++) {
    const r = cholesky(selfGram(y, n, dims), dims);
    const row = new Float64Array(dims);
    for (let i = 0; i < n; i++) {
      const o = i * dims;
      for (let j = 0; j < dims; j++) row[j] = y[o + j]!;
      solveUpperTransposed(r, dims, row);
      for (let j = 0; j < dims; j++) y[o + j] = row[j]!;
    }
  }
}

/**
 * The upper Cholesky factor R of a symmetric positive semi-definite matrix (G = RᵀR), row-major. A direction
 * with (almost) nothing left once the earlier ones are taken out is dropped rather than divided by a tiny
 * pivot, which would blow up every later entry: its row of R becomes the unit row, so it gets a coordinate
 * of (almost) zero and no later direction leans on it. A sketch of a matrix with fewer independent rows or
 * columns than dimensions is rank-deficient; many identical requests make one.
 */
function cholesky(g: Float64Array, dims: number): Float64Array {
  const r = new Float64Array(dims * dims);
  let largest = 0;
  for (let j = 0; j < dims; j++) largest = Math.max(largest, g[j * dims + j]!);
  const floor = largest * 1e-10;
  for (let j = 0; j < dims; j++) {
    let d = g[j * dims + j]!;
    for (let k = 0; k < j; k++) d -= r[k * dims + j]! * r[k * dims + j]!;
    if (!(d > floor)) {
      r[j * dims + j] = 1; // dropped: the rest of its row stays 0
      continue;
    }
    const pivot = Math.sqrt(d);
    r[j * dims + j] = pivot;
    for (let i = j + 1; i < dims; i++) {
      let s = g[j * dims + i]!;
      for (let k = 0; k < j; k++) s -= r[k * dims + j]! * r[k * dims + i]!;
      r[j * dims + i] = s / pivot;
    }
  }
  return r;
}
