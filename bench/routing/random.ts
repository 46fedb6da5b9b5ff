/**
 * The eval's own seeded PRNG (mulberry32), with its own seed, independent of the demo school's, so tuning
 * the demo never moves the routing figures and the other way round.
 */
export const ROUTING_EVAL_SEED = 0x5c4f_2025;

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** An index drawn in proportion to the weights. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (const [index, w] of weights.entries()) {
      r -= w;
      if (r < 0) return index;
    }
    return weights.length - 1;
  }

  /** `count` distinct items drawn in proportion to their weights. */
  weightedSample<T>(items: readonly T[], weights: readonly number[], count: number): T[] {
    const pool = items.map((item, index) => ({ item, weight: weights[index]! }));
    const chosen: T[] = [];
    while (chosen.length < count && pool.length > 0) {
      const index = this.weighted(pool.map((p) => p.weight));
      chosen.push(pool.splice(index, 1)[0]!.item);
    }
    return chosen;
  }
}
