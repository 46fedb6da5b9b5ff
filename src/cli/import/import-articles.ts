import { createArticle } from "../../core/knowledge/create-article.js";
import type { AppContext } from "../../platform/context.js";
import { parseArticleRow, topicLookup } from "./article-rows.js";
import { attemptRow, byLine, type ImportResult, type ProgressListener } from "./import-result.js";
import type { ParsedSource, RowFailure } from "./read-records.js";

/** Creates one article per record through createArticle (indexed for search), each in its own transaction. */
export async function importArticles(ctx: AppContext, source: ParsedSource, onProgress: ProgressListener = () => {}): Promise<ImportResult> {
  const topicId = topicLookup(await ctx.repos.topics.list({ includeArchived: true }));
  const failures: RowFailure[] = [...source.failures];
  const total = source.records.length;
  let imported = 0;
  for (const [index, record] of source.records.entries()) {
    const row = parseArticleRow(record.fields, topicId);
    if (!row.ok) failures.push({ line: record.line, reason: row.reason });
    else {
      const done = await attemptRow(
        record.line,
        () =>
          ctx.tx(async (repos) => {
            const deps = { articles: repos.articles, versions: repos.versions, phrasings: repos.phrasings, topics: repos.topics, search: repos.search, events: repos.events, clock: ctx.clock };
            await createArticle(deps, null, row.value);
          }),
        failures,
      );
      if (done) imported++;
    }
    onProgress(index + 1, total);
  }
  return { total: total + source.failures.length, imported, failures: byLine(failures) };
}
