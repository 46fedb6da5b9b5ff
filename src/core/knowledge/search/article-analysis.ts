import type { IndexedArticle } from "../search.ports.js";
import { PHRASING_SEPARATOR } from "./ranking.js";
import { analyze, foldCase, markdownToText } from "./text-analysis.js";

/** An article as the index stores it: display text plus the analysed terms of each field. */
export interface AnalysedArticle {
  title: string;
  /** The body as plain text, for snippets. */
  bodyText: string;
  titleTerms: string[];
  bodyTerms: string[];
  /** Terms of every distinct phrasing, separated by PHRASING_SEPARATOR. */
  phrasingTerms: string[];
}

/** Most phrasings kept per article (the latest win); their words saturate long before this. */
export const MAX_PHRASINGS = 200;

export function analyseArticle(article: IndexedArticle): AnalysedArticle {
  const bodyText = markdownToText(article.body);
  const seen = new Set<string>();
  const phrasingTerms: string[] = [];
  for (const phrasing of [...article.phrasings].reverse()) {
    const key = foldCase(phrasing).replace(/\s+/g, " ").trim();
    if (!key || seen.has(key) || seen.size >= MAX_PHRASINGS) continue;
    seen.add(key);
    const terms = analyze(phrasing);
    if (!terms.length) continue;
    if (phrasingTerms.length) phrasingTerms.push(PHRASING_SEPARATOR);
    phrasingTerms.push(...terms);
  }
  return { title: article.title, bodyText, titleTerms: analyze(article.title), bodyTerms: analyze(bodyText), phrasingTerms };
}

export { fieldLength } from "./ranking.js";

/** The distinct terms of an analysed article (what document frequency counts). */
export function distinctTerms(a: Pick<AnalysedArticle, "titleTerms" | "bodyTerms" | "phrasingTerms">): Set<string> {
  const set = new Set<string>([...a.titleTerms, ...a.bodyTerms, ...a.phrasingTerms]);
  set.delete(PHRASING_SEPARATOR);
  return set;
}
