/**
 * Self-help suggestions on real data (shared/data/stackfaq): each FAQ becomes a validated article on a
 * fresh database without the demo school, then each paraphrase is typed as a suggestion query.
 * Cold: no learned phrasings. Warm: paraphrases 0–1 of each question recorded as "this solved it"
 * wordings, the others queried. Prints MRR, Recall@1, Recall@5 and latency per engine.
 * Run: `npm run eval:suggest` (PostgreSQL from SCAFFOLD_TEST_PG_URL; `--sqlite` for SQLite only,
 * `--direct` to call the search index instead of the HTTP API, `--misses` to list the misses).
 */
import type { DialectName } from "../src/db/dialect.js";
import { faqBody, type FaqQuery, loadFaqs, loadQueries, percentile, score, WARM_PHRASINGS } from "./suggest/stackfaq.js";
import { apiTarget, directTarget, type SuggestTarget } from "./suggest/targets.js";

const args = new Set(process.argv.slice(2));
const dialects: DialectName[] = args.has("--sqlite") ? ["sqlite"] : args.has("--postgres") ? ["postgres"] : ["sqlite", "postgres"];
const LIMIT = 10;

interface RunResult {
  mrr: number;
  r1: number;
  r5: number;
  n: number;
  p50: number;
  p95: number;
  misses: string[];
}

async function runQueries(target: SuggestTarget, queries: FaqQuery[], ids: Map<string, number>): Promise<RunResult> {
  const ranks: (number | null)[] = [];
  const times: number[] = [];
  const misses: string[] = [];
  for (const q of queries) {
    const t0 = performance.now();
    const got = await target.suggest(q.query, LIMIT);
    times.push(performance.now() - t0);
    const at = got.indexOf(ids.get(q.faqId)!);
    ranks.push(at < 0 ? null : at + 1);
    if (at !== 0) misses.push(`  ${q.queryId} rank ${at < 0 ? "-" : at + 1}: ${q.query}`);
  }
  return { ...score(ranks), p50: percentile(times, 0.5), p95: percentile(times, 0.95), misses };
}

async function evaluate(dialect: DialectName): Promise<{ cold: RunResult; warm: RunResult; loadMs: number }> {
  const faqs = loadFaqs();
  const queries = loadQueries();
  const target = args.has("--direct") ? await directTarget(dialect) : await apiTarget(dialect);
  try {
    const t0 = performance.now();
    const ids = new Map<string, number>();
    for (const faq of faqs) ids.set(faq.faqId, await target.addArticle(faq.question, faqBody(faq)));
    const loadMs = performance.now() - t0;
    // Warm-up so the first measured query doesn't pay for compiling and connecting.
    for (const q of queries.slice(0, 20)) await target.suggest(q.query, LIMIT);
    const cold = await runQueries(target, queries, ids);
    for (const q of queries) if (WARM_PHRASINGS.has(q.paraphrase)) await target.addPhrasing(ids.get(q.faqId)!, q.query);
    const warm = await runQueries(target, queries.filter((q) => !WARM_PHRASINGS.has(q.paraphrase)), ids);
    return { cold, warm, loadMs };
  } finally {
    await target.close();
  }
}

const f3 = (x: number) => x.toFixed(3);
const ms = (x: number) => `${x.toFixed(1)} ms`;
for (const dialect of dialects) {
  const { cold, warm, loadMs } = await evaluate(dialect);
  console.log(`\n${dialect}: ${loadFaqs().length} articles loaded in ${(loadMs / 1000).toFixed(1)} s through ${args.has("--direct") ? "the search index directly" : "the HTTP API (POST /articles, POST /deflections, GET /suggestions)"}`);
  console.log("run    queries   MRR    R@1    R@5    p50       p95");
  for (const [name, r] of [["cold", cold], ["warm", warm]] as const) {
    console.log(`${name.padEnd(6)} ${String(r.n).padStart(7)}   ${f3(r.mrr)}  ${f3(r.r1)}  ${f3(r.r5)}  ${ms(r.p50).padEnd(9)} ${ms(r.p95)}`);
  }
  if (args.has("--misses")) console.log(`cold misses:\n${cold.misses.join("\n")}\nwarm misses:\n${warm.misses.join("\n")}`);
}
