/**
 * Concentration math for DESIGN.md "Insight metrics": top-20% share, Gini, Lorenz curve and bus factor
 * over per-person counts (resolutions per helper, requests per requester). Pure and engine-independent:
 * callers fetch the counts with a portable GROUP BY and pass them here.
 */

/** The share of the top fifth: DESIGN's "helper concentration" and "requester dependency". */
export const TOP_FRACTION = 0.2;

/**
 * Over the people with ≥ 1 (zeros are dropped), sorted descending: the share of the total made by the
 * top `ceil(0.2 · n)`. 0 when nobody has any.
 */
export function topShare(counts: readonly number[], fraction = TOP_FRACTION): number {
  const positive = counts.filter((x) => x > 0).sort((a, b) => b - a);
  const total = sum(positive);
  if (total === 0) return 0;
  return sum(positive.slice(0, Math.ceil(fraction * positive.length))) / total;
}

/**
 * Gini over the counts as given: `G = Σᵢ (2i − n − 1)·xᵢ / (n · Σ xᵢ)` over ascending x, equal to R's
 * `ineq::Gini` (zeros included, as R includes them). 0 for n ≤ 1 or a zero total. DESIGN's helper
 * figure passes only the helpers with ≥ 1 resolution (see `concentration`).
 */
export function gini(counts: readonly number[]): number {
  const n = counts.length;
  const total = sum(counts);
  if (n <= 1 || total === 0) return 0;
  const ascending = [...counts].sort((a, b) => a - b);
  let weighted = 0;
  ascending.forEach((x, index) => { weighted += (2 * (index + 1) - n - 1) * x; });
  return weighted / (n * total);
}

/** Lorenz curve points `(i/n, Σ_{j≤i} xⱼ / Σ x)` for i = 0..n over ascending counts; [] when n = 0. */
export function lorenz(counts: readonly number[]): Array<{ x: number; y: number }> {
  const n = counts.length;
  if (n === 0) return [];
  const total = sum(counts);
  const ascending = [...counts].sort((a, b) => a - b);
  const points = [{ x: 0, y: 0 }];
  let running = 0;
  ascending.forEach((value, index) => {
    running += value;
    // A zero total has no shares: the curve is the line of equality.
    points.push({ x: (index + 1) / n, y: total === 0 ? (index + 1) / n : running / total });
  });
  return points;
}

/** The fewest people whose counts together cover ≥ 50% of the total (a topic's bus factor); 0 when none. */
export function busFactor(counts: readonly number[]): number {
  const descending = counts.filter((x) => x > 0).sort((a, b) => b - a);
  const total = sum(descending);
  let covered = 0;
  for (const [index, value] of descending.entries()) {
    covered += value;
    if (covered * 2 >= total) return index + 1;
  }
  return 0;
}

/** DESIGN's concentration figures over the people with ≥ 1: how many, top-20% share, Gini and Lorenz. */
export function concentration(counts: readonly number[]): { n: number; topShare: number; gini: number; lorenz: Array<{ x: number; y: number }> } {
  const positive = counts.filter((x) => x > 0);
  return { n: positive.length, topShare: topShare(positive), gini: gini(positive), lorenz: lorenz(positive) };
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
