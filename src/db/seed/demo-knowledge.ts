import { type PlannedArticle, type PlannedLink, planArticles } from "./demo-articles.js";
import { countUse, type PlannedDeflection, type PlannedFeedback, planDeflections, planFeedback, planLinks } from "./demo-knowledge-use.js";
import type { DemoHistory } from "./demo-requests.js";
import { Prng } from "./prng.js";

export interface PlannedPhrasing {
  article: number;
  text: string;
  source: "deflection" | "request";
  at: number;
}

/** The demo school's knowledge base and its year of use, planned in memory (pure: the same history gives the same plan). */
export interface DemoKnowledge {
  articles: PlannedArticle[];
  /** created_from, solved_by and referenced links, by time. */
  links: PlannedLink[];
  deflections: PlannedDeflection[];
  feedback: PlannedFeedback[];
  /** The words that led to each article: deflections' texts, and the titles of the requests articles were written from. */
  phrasings: PlannedPhrasing[];
}

export function planDemoKnowledge(history: DemoHistory, options: { seed?: number; timeZone?: string } = {}): DemoKnowledge {
  const prng = new Prng(options.seed ?? 20260906);
  const { articles, links: captured } = planArticles(history, prng);
  const links = [...captured, ...planLinks(history, articles, captured, prng)].sort((a, b) => a.at - b.at || a.request - b.request);
  const deflections = planDeflections(history, articles, prng, options.timeZone ?? "Europe/Lisbon");
  const feedback = planFeedback(history, articles, links, prng);
  countUse(articles, links, deflections, feedback, prng, history);
  const phrasings: PlannedPhrasing[] = [
    ...deflections.map((d) => ({ article: d.article, text: d.text, source: "deflection" as const, at: d.at })),
    ...captured.map((l) => ({ article: l.article, text: history.requests[l.request]!.title, source: "request" as const, at: l.at })),
  ].sort((a, b) => a.at - b.at);
  return { articles, links, deflections, feedback, phrasings };
}
