import type { Actor } from "../people/people.types.js";
import { scopeOf, type RequestScope } from "../requests/access.js";
import type { ArticleSearchIndex } from "./search.ports.js";
import { visibilityFor } from "./visibility.js";

export interface Suggestion {
  type: "article" | "request";
  id: number;
  title: string;
  snippet: string;
}

/** Solved requests whose words resemble the text, among those the caller may see. */
export interface SimilarRequestsFinder {
  find(text: string, scope: RequestScope, limit: number): Promise<{ id: number; title: string; snippet: string }[]>;
}

/** At most this many solved requests join the articles, after them: articles teach, requests hint. */
const MAX_REQUESTS = 2;
export const MAX_QUERY_LENGTH = 1_000;

/**
 * What Scaffold suggests while someone types a request: published articles they may read, best first,
 * then a couple of similar solved requests they may see.
 */
export async function suggest(
  deps: { search: ArticleSearchIndex; similar: SimilarRequestsFinder },
  actor: Actor,
  input: { q: string; limit: number },
): Promise<Suggestion[]> {
  const text = input.q.trim().slice(0, MAX_QUERY_LENGTH);
  if (!text) return [];
  const [hits, requests] = await Promise.all([
    deps.search.search({ text, limit: input.limit, visibility: visibilityFor(actor), publishedOnly: true }),
    input.limit > 1 ? deps.similar.find(text, scopeOf(actor), Math.min(MAX_REQUESTS, input.limit - 1)) : Promise.resolve([]),
  ]);
  const articles: Suggestion[] = hits.map((h) => ({ type: "article", id: h.articleId, title: h.title, snippet: h.snippet }));
  const similar: Suggestion[] = requests.map((r) => ({ type: "request", id: r.id, title: r.title, snippet: r.snippet }));
  const room = Math.max(0, input.limit - similar.length);
  return [...articles.slice(0, room), ...similar].slice(0, input.limit);
}
