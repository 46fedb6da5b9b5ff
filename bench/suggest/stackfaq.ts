/** The StackFAQ evaluation set (shared/data/stackfaq): FAQs as articles, paraphrases as queries. */
import { readFileSync } from "node:fs";

export interface Faq {
  faqId: string;
  question: string;
  answers: string[];
}

export interface FaqQuery {
  queryId: string;
  query: string;
  faqId: string;
  /** Which paraphrase of its question this is (0–4). */
  paraphrase: number;
}

const DATA = new URL("../../../shared/data/stackfaq/", import.meta.url);

function readJsonl<T>(name: string): T[] {
  return readFileSync(new URL(name, DATA), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

export function loadFaqs(): Faq[] {
  return readJsonl<{ faq_id: string; question: string; answers: string[] }>("faqs.jsonl").map((r) => ({ faqId: r.faq_id, question: r.question, answers: r.answers }));
}

export function loadQueries(): FaqQuery[] {
  return readJsonl<{ query_id: string; query: string; faq_id: string }>("queries-dev.jsonl").map((r) => ({
    queryId: r.query_id,
    query: r.query,
    faqId: r.faq_id,
    paraphrase: Number(/_p(\d+)$/.exec(r.query_id)?.[1] ?? 0),
  }));
}

/** An FAQ as an article body: its answers, one paragraph each. */
export function faqBody(faq: Faq): string {
  return faq.answers.join("\n\n");
}

/** Warm runs record paraphrases 0–1 as past "this solved it" wordings and query the others. */
export const WARM_PHRASINGS = new Set([0, 1]);

export interface Scores {
  mrr: number;
  r1: number;
  r5: number;
  n: number;
}

/** MRR, Recall@1 and Recall@5 from the rank (1-based, or null when not returned) of each right answer. */
export function score(ranks: (number | null)[]): Scores {
  const n = ranks.length || 1;
  return {
    mrr: ranks.reduce<number>((s, r) => s + (r ? 1 / r : 0), 0) / n,
    r1: ranks.filter((r) => r === 1).length / n,
    r5: ranks.filter((r) => r !== null && r <= 5).length / n,
    n: ranks.length,
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
}
