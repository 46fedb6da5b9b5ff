/** Coordinate descent over the ranking parameters on the dev queries (tuning aid; prints the best found). */
import { DEFAULT_RANKING, type RankingParams } from "../../src/core/knowledge/search/ranking.js";
import { run } from "./tune.js";

type Flat = Record<string, number>;
const flatten = (p: RankingParams): Flat => ({
  k1: p.k1, wt: p.weight.title, wb: p.weight.body, wp: p.weight.phrasings, bt: p.b.title, bb: p.b.body, bp: p.b.phrasings,
  cov: p.titleCoverage, prox: p.proximity,
});
const unflatten = (f: Flat): RankingParams => ({
  ...DEFAULT_RANKING, k1: f.k1!, weight: { title: f.wt!, body: f.wb!, phrasings: f.wp! }, b: { title: f.bt!, body: f.bb!, phrasings: f.bp! },
  titleCoverage: f.cov!, proximity: f.prox!,
});
const objective = (f: Flat) => {
  const c = run(false, unflatten(f), true)!;
  const w = run(true, unflatten(f), true)!;
  return { v: c.mrr + c.r1 + 0.5 * (w.mrr + w.r1), c, w };
};
let best = flatten(DEFAULT_RANKING);
let bestScore = objective(best);
for (let round = 0; round < 3; round += 1) {
  let improved = false;
  for (const key of Object.keys(best)) {
    for (const m of [0.5, 0.75, 1.33, 2]) {
      const trial = { ...best, [key]: key.startsWith("b") ? Math.min(1, best[key]! * m) : best[key]! * m };
      if (trial[key] === 0 && best[key] === 0) trial[key] = 0.5;
      const s = objective(trial);
      if (s.v > bestScore.v + 1e-4) {
        best = trial;
        bestScore = s;
        improved = true;
        console.log(`${key}=${trial[key]!.toFixed(3)} cold ${s.c.mrr.toFixed(3)}/${s.c.r1.toFixed(3)}/${s.c.r5.toFixed(3)} warm ${s.w.mrr.toFixed(3)}/${s.w.r1.toFixed(3)}/${s.w.r5.toFixed(3)}`);
      }
    }
  }
  if (!improved) break;
}
console.log(JSON.stringify(best));
