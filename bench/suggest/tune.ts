/**
 * Fast in-memory check of the ranking model on StackFAQ (no database): the same analysis, planning and
 * ranking code the index adapters run, over all articles as candidates. For tuning; `npm run eval:suggest`
 * is the real measurement. Run: `npx tsx bench/suggest/tune.ts [--misses] [--semantic]` (--semantic
 * fuses sentence similarity from the real encoder, as the index does when SEARCH_SEMANTIC is on).
 */
import { learnWords } from "../../src/core/knowledge/search/learned-words.js";
import { planQuery, parseQuery, termsToLookUp, typoCandidates } from "../../src/core/knowledge/search/query-plan.js";
import { type CorpusStats, DEFAULT_RANKING, PHRASING_SEPARATOR, FIELDS, type RankableDocument, rankDocuments } from "../../src/core/knowledge/search/ranking.js";
import { fuseScores, indexVectors, SEMANTIC, similarities } from "../../src/core/knowledge/search/semantic.js";
import { analyze, markdownToText } from "../../src/core/knowledge/search/text-analysis.js";
import { sentenceEncoder } from "../../src/platform/sentence-encoder.js";
import { faqBody, loadFaqs, loadQueries, score, WARM_PHRASINGS } from "./stackfaq.js";

const faqs = loadFaqs();
const queries = loadQueries();
const encoder = sentenceEncoder();
const vectors = process.argv.includes("--semantic")
  ? { titles: await encoder.encode(faqs.map((f) => f.question)), queries: await encoder.encode(queries.map((q) => q.query)) }
  : null;

export function run(warm: boolean, params = DEFAULT_RANKING, quiet = false) {
  const docs: RankableDocument[] = faqs.map((f, i) => ({
    articleId: i + 1,
    fields: {
      title: analyze(f.question),
      body: analyze(markdownToText(faqBody(f))),
      phrasings: warm ? queries.filter((q) => q.faqId === f.faqId && WARM_PHRASINGS.has(q.paraphrase)).flatMap((q, i) => [...(i ? [PHRASING_SEPARATOR] : []), ...analyze(q.query)]) : [],
    },
  }));
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(FIELDS.flatMap((f) => d.fields[f]))) df.set(t, (df.get(t) ?? 0) + 1);
  const avg = (f: (typeof FIELDS)[number]) => docs.reduce((s, d) => s + d.fields[f].length, 0) / docs.length;
  const stats: CorpusStats = { documents: docs.length, averageLength: { title: avg("title"), body: avg("body"), phrasings: avg("phrasings") }, df };
  const vocab = [...df.keys()].sort();
  // Words learned from the recorded phrasings, as the index learns them from its published articles.
  const learned = learnWords(docs.map((d) => ({ titleTerms: d.fields.title, phrasingTerms: d.fields.phrasings })));
  // Each article's vectors as the index holds them: its title, plus its recorded phrasings when warm.
  const index = vectors
    ? indexVectors(
        new Map(faqs.map((f, i) => [i + 1, [vectors.titles[i]!, ...queries.flatMap((p, pi) => (warm && p.faqId === f.faqId && WARM_PHRASINGS.has(p.paraphrase) ? [vectors.queries[pi]!] : []))]])),
        encoder.dimensions,
      )
    : null;
  const ranks: (number | null)[] = [];
  const misses: string[] = [];
  for (const q of queries) {
    if (warm && WARM_PHRASINGS.has(q.paraphrase)) continue;
    const words = parseQuery(q.query.trim());
    const { prefixes } = termsToLookUp(words);
    const byPrefix = new Map(prefixes.map((p) => [p, vocab.filter((t) => t.startsWith(p)).map((t) => ({ term: t, df: df.get(t)! }))]));
    const lookup = { df, byPrefix };
    const concepts = planQuery(words, lookup, typoCandidates(words, lookup), learned);
    const lexical = rankDocuments(concepts, docs, stats, params);
    let ranked = lexical;
    if (vectors && index) {
      const similarity = similarities(vectors.queries[queries.indexOf(q)]!, index);
      ranked = fuseScores(lexical, [...similarity.keys()], similarity, SEMANTIC.weight);
    }
    const want = faqs.findIndex((f) => f.faqId === q.faqId) + 1;
    const at = ranked.findIndex((r) => r.articleId === want);
    ranks.push(at < 0 ? null : at + 1);
    if (at !== 0) misses.push(`${q.queryId} rank ${at < 0 ? "-" : at + 1}: ${q.query}  → got ${faqs[(ranked[0]?.articleId ?? 1) - 1]!.question}  | want ${faqs[want - 1]!.question}`);
  }
  const s = score(ranks);
  if (quiet) return s;
  console.log(`${warm ? "warm" : "cold"}  MRR ${s.mrr.toFixed(3)}  R@1 ${s.r1.toFixed(3)}  R@5 ${s.r5.toFixed(3)}  (n=${s.n})`);
  if (process.argv.includes("--misses")) console.log(misses.join("\n"));
  return s;
}

const main = process.argv[1]?.endsWith("tune.ts");
const sweep = process.argv.find((a) => a.startsWith("--sweep="));
if (sweep) {
  // --sweep=path:v1,v2,... e.g. --sweep=weight.title:2,3,4
  for (const spec of sweep.slice(8).split(";")) {
    const [path, values] = spec.split(":") as [string, string];
    for (const v of values.split(",")) {
      const params = structuredClone(DEFAULT_RANKING) as unknown as Record<string, unknown>;
      const keys = path.split(".");
      let obj = params;
      for (const k of keys.slice(0, -1)) obj = obj[k] as Record<string, unknown>;
      obj[keys.at(-1)!] = Number(v);
      const c = run(false, params as unknown as typeof DEFAULT_RANKING, true)!;
      const w = run(true, params as unknown as typeof DEFAULT_RANKING, true)!;
      console.log(`${path}=${v}\tcold ${c.mrr.toFixed(3)} ${c.r1.toFixed(3)} ${c.r5.toFixed(3)}\twarm ${w.mrr.toFixed(3)} ${w.r1.toFixed(3)} ${w.r5.toFixed(3)}`);
    }
  }
} else if (main) {
  run(false);
  run(true);
}
