/**
 * Does routing spread help across the community without losing skill? Replays one generated school year
 * (bench/routing/scenario.ts, fixed seed) through Scaffold's router and a naive "most skilled, least
 * loaded" baseline, and prints DESIGN.md's concentration figures for each. Run: `npm run eval:routing`.
 * Gate: the router's skill coverage is at least the baseline's and its top-20% helper share is at least
 * 10 points lower; the script exits 1 otherwise.
 */
import { concentration } from "../src/core/insights/concentration.js";
import { naivePolicy, routerPolicy, type Policy } from "./routing/policies.js";
import { ROUTING_EVAL_SEED } from "./routing/random.js";
import { replay, type ReplayResult } from "./routing/replay.js";
import { generateScenario } from "./routing/scenario.js";

const REQUIRED_DROP = 0.1;

const scenario = generateScenario(ROUTING_EVAL_SEED);
const helpers = scenario.people.filter((p) => p.skills.size > 0 || p.roles.includes("tech"));
const byMode = (mode: string) => scenario.requests.filter((r) => r.mode === mode).length;
console.log(`scenario (seed ${ROUTING_EVAL_SEED}): ${scenario.days.length} school days, ${scenario.people.length} people, ` +
  `${helpers.length} with skills (${scenario.people.filter((p) => p.roles.includes("tech")).length} tech, ` +
  `${scenario.people.filter((p) => p.kind === "student").length} students), ${scenario.topics.filter((t) => t.parentId !== null).length} topics`);
console.log(`requests: ${scenario.requests.length} (guide ${byMode("guide")}, idea ${byMode("idea")}, do ${byMode("do")})\n`);

interface Figures { name: string; result: ReplayResult; top20: number; gini: number; n: number; coverage: number; ms: number }

function evaluate(name: string, policy: Policy): Figures {
  const started = performance.now();
  const result = replay(scenario, policy);
  const ms = performance.now() - started;
  const figures = concentration([...result.resolutions.values()]);
  return { name, result, top20: figures.topShare, gini: figures.gini, n: figures.n, coverage: result.covered / result.requests, ms };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const rows = [evaluate("router", routerPolicy), evaluate("naive baseline", naivePolicy)];
for (const { name, result, top20, gini, n, coverage, ms } of rows) {
  const counts = [...result.resolutions.values()].sort((a, b) => b - a);
  const total = counts.reduce((s, x) => s + x, 0);
  console.log(`${name}`);
  console.log(`  routed ${result.routed}/${result.requests}; skill coverage ${pct(coverage)} (${result.covered})`);
  console.log(`  helpers with ≥ 1 resolution: ${n}; top-20% share ${pct(top20)}; Gini ${gini.toFixed(3)}`);
  // DESIGN's figure counts only helpers with ≥ 1 resolution; over the whole pool (zeros included) shows who never helps.
  const pool = helpers.map((h) => result.resolutions.get(h.personId) ?? 0).sort((a, b) => b - a);
  console.log(`  over all ${pool.length} who could help: top-20% share ${pct(pool.slice(0, Math.ceil(0.2 * pool.length)).reduce((s, x) => s + x, 0) / total)}`);
  console.log(`  busiest helper ${pct((counts[0] ?? 0) / total)} of resolutions; tech team ${pct(result.byTech / total)}`);
  console.log(`  top-20% share by quarter: ${result.quarters.map((q) => pct(concentration([...q.values()]).topShare)).join(" → ")}`);
  console.log(`  mentor co-credits ${result.mentorCoCredits}; skills grown: ${result.grown.practitioner} to practitioner, ${result.grown.mentor} to mentor`);
  console.log(`  replayed in ${ms.toFixed(0)} ms\n`);
}

const [router, naive] = rows as [Figures, Figures];
const drop = naive.top20 - router.top20;
const coverageOk = router.coverage >= naive.coverage;
const spreadOk = drop >= REQUIRED_DROP;
console.log(`gate: skill coverage ${pct(router.coverage)} vs ${pct(naive.coverage)} ${coverageOk ? "ok" : "FAILED"}; ` +
  `top-20% share ${(100 * drop).toFixed(1)} points lower (need ≥ ${100 * REQUIRED_DROP}) ${spreadOk ? "ok" : "FAILED"}`);
if (!coverageOk || !spreadOk) process.exit(1);
