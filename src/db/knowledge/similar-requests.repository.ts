import type { Kysely } from "kysely";
import { isStopWord } from "../../core/knowledge/search/text-analysis.js";
import type { RequestScope } from "../../core/requests/access.js";
import type { SimilarRequestsFinder } from "../../core/knowledge/suggest.js";
import type { Db } from "../dialect.js";
import type { Database } from "../schema.js";

/** Significant words of a text: lower-case, 4+ letters, not the search index's stop words nor "help" (every request asks for it). */
export function significantWords(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words.filter((w) => w.length >= 4 && w !== "help" && !isStopWord(w)))].slice(0, 8);
}

/**
 * Resolved requests that share words with the text, among those the caller may see: candidates by
 * LIKE in the database, ranked here by how many of the words each title and description contain.
 */
export class KyselySimilarRequests implements SimilarRequestsFinder {
  constructor(
    private readonly kysely: Kysely<Database>,
    private readonly db: Pick<Db, "capabilities">,
  ) {}

  async find(text: string, scope: RequestScope, limit: number) {
    const words = significantWords(text);
    if (words.length === 0 || limit <= 0) return [];
    const op = this.db.capabilities.ilike;
    let query = this.kysely
      .selectFrom("requests")
      .select(["id", "title", "description"])
      .where("status", "in", ["resolved", "closed"])
      .where("merged_into_id", "is", null)
      .where((eb) => eb.or(words.map((w) => eb(eb.fn("lower", ["title"]), op, `%${w}%`))));
    if (scope.kind !== "all") {
      const me = scope.personId;
      query = query.where((eb) => eb.or([eb("requester_id", "=", me), eb("assignee_id", "=", me)]));
    }
    const rows = await query.orderBy("id", "desc").limit(200).execute();
    const scored = rows
      .map((r) => {
        const title = r.title.toLowerCase();
        const body = r.description.toLowerCase();
        const score = words.reduce((sum, w) => sum + (title.includes(w) ? 2 : 0) + (body.includes(w) ? 1 : 0), 0);
        return { ...r, score };
      })
      // Half the words at least, so a single shared word like "printer" doesn't pull in every printer story.
      .filter((r) => r.score >= Math.max(2, words.length))
      .sort((a, b) => b.score - a.score || b.id - a.id);
    return scored.slice(0, limit).map((r) => ({ id: r.id, title: r.title, snippet: r.description.slice(0, 160) }));
  }
}
