import { mulberry32 } from "./seeded-random.js";
import type { SparseRows } from "./tfidf.js";

/** Stop when the projected gradients span at most this: LIBLINEAR's default for this solver. */
const TOLERANCE = 0.1;

/** A binary SVM's weights (dim weights, then the bias) and its dual variables, one per row of the matrix. */
export interface BinarySvm {
  w: Float64Array;
  alpha: Float64Array;
}

export interface BinarySvmOptions {
  /** Rows of the matrix to train on (others keep alpha 0). */
  rows: Int32Array;
  cost: number;
  maxEpochs: number;
  seed: number;
  /** A solution on a subset of these rows to start from: training on all rows after a held-out fit. */
  from?: BinarySvm;
}

/**
 * Dual coordinate descent for the L2-regularised squared-hinge SVM (Hsieh et al. 2008, LIBLINEAR's
 * solver 1), label `positive` against the rest. The bias is an extra constant feature of value 1,
 * regularised like the weights, as in LIBLINEAR. Starting from another solution is exact: the dual is
 * convex and w = Σ αᵢyᵢxᵢ holds for the start, so only the new rows' α have far to move.
 */
export function trainBinarySvm(x: SparseRows, labels: Int32Array, positive: number, dim: number, options: BinarySvmOptions): BinarySvm {
  const n = labels.length;
  const w = options.from ? Float64Array.from(options.from.w) : new Float64Array(dim + 1);
  const alpha = options.from ? Float64Array.from(options.from.alpha) : new Float64Array(n);
  const diag = 0.5 / options.cost;
  const order = Int32Array.from(options.rows);
  const qii = new Float64Array(n);
  for (const i of order) {
    let sq = 1 + diag; // the bias feature
    for (let k = x.start[i]!; k < x.start[i + 1]!; k++) sq += x.values[k]! * x.values[k]!;
    qii[i] = sq;
  }
  const random = mulberry32(options.seed);
  // Shrinking, as LIBLINEAR: a row at α = 0 whose gradient exceeds the previous pass's largest projected
  // gradient will stay at 0, so it leaves the active set; convergence is confirmed on all rows.
  let active = order.length;
  let maxPgBefore = Infinity;
  for (let epoch = 0; epoch < options.maxEpochs; epoch++) {
    for (let i = active - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = order[i]!;
      order[i] = order[j]!;
      order[j] = t;
    }
    let maxPg = -Infinity;
    let minPg = Infinity;
    for (let s = 0; s < active; s++) {
      const i = order[s]!;
      const yi = labels[i] === positive ? 1 : -1;
      let dot = w[dim]!;
      for (let k = x.start[i]!; k < x.start[i + 1]!; k++) dot += w[x.indices[k]!]! * x.values[k]!;
      const g = yi * dot - 1 + diag * alpha[i]!;
      if (alpha[i] === 0 && g > maxPgBefore) {
        active--;
        order[s] = order[active]!;
        order[active] = i;
        s--;
        continue;
      }
      const pg = alpha[i] === 0 ? Math.min(g, 0) : g;
      if (pg > maxPg) maxPg = pg;
      if (pg < minPg) minPg = pg;
      if (pg === 0) continue;
      const old = alpha[i]!;
      const next = Math.max(old - g / qii[i]!, 0);
      const delta = (next - old) * yi;
      if (delta === 0) continue;
      alpha[i] = next;
      for (let k = x.start[i]!; k < x.start[i + 1]!; k++) w[x.indices[k]!]! += delta * x.values[k]!;
      w[dim]! += delta;
    }
    if (maxPg - minPg <= TOLERANCE) {
      if (active === order.length) break;
      active = order.length; // converged on the active rows: check all of them
      maxPgBefore = Infinity;
      continue;
    }
    maxPgBefore = maxPg <= 0 ? Infinity : maxPg;
  }
  return { w, alpha };
}
