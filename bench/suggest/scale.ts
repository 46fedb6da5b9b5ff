/**
 * Suggestion latency at a few thousand articles: the StackFAQ articles copied N times (default 24 →
 * 3,000) into the search index on each engine, each with two learned phrasings, then 200 paraphrases
 * queried. Run: `npx tsx bench/suggest/scale.ts [copies]` (PostgreSQL from SCAFFOLD_TEST_PG_URL;
 * SEARCH_SEMANTIC=0 for words only).
 */
import type { DialectName } from "../../src/db/dialect.js";
import { faqBody, loadFaqs, loadQueries, percentile, WARM_PHRASINGS } from "./stackfaq.js";
import { directTarget } from "./targets.js";

const copies = Number(process.argv[2] ?? 24);
const faqs = loadFaqs();
const all = loadQueries();
const queries = all.filter((q) => !WARM_PHRASINGS.has(q.paraphrase)).slice(0, 200);
for (const dialect of ["sqlite", "postgres"] as DialectName[]) {
  const target = await directTarget(dialect);
  try {
    const t0 = performance.now();
    for (let c = 0; c < copies; c += 1) {
      for (const f of faqs) {
        const id = await target.addArticle(c ? `${f.question} (${c})` : f.question, faqBody(f));
        for (const p of all.filter((q) => q.faqId === f.faqId && WARM_PHRASINGS.has(q.paraphrase))) await target.addPhrasing(id, p.query);
      }
    }
    const loadS = (performance.now() - t0) / 1000;
    const times: number[] = [];
    for (const q of queries) {
      const t = performance.now();
      await target.suggest(q.query, 10);
      times.push(performance.now() - t);
    }
    console.log(`${dialect}: ${copies * faqs.length} articles indexed in ${loadS.toFixed(1)} s; suggestion p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms`);
  } finally {
    await target.close();
  }
}
