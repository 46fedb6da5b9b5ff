import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { type ArticlePorts, loadReadable, recordArticleEvent, reindex } from "./article-deps.js";
import type { DeflectionsRepository } from "./knowledge.ports.js";

export const MAX_PHRASING = 2_000;

/**
 * "This solved it" while typing a request: a deflection (its own record, never a request) and the
 * person's words kept with the article, so the next person who puts it that way finds it.
 */
export async function recordDeflection(
  deps: ArticlePorts & { deflections: DeflectionsRepository },
  actor: Actor,
  input: { text: string; articleId: number },
): Promise<{ id: number; articleId: number; createdAt: string }> {
  const article = await loadReadable(deps.articles, actor, input.articleId);
  if (article.state !== "unvalidated" && article.state !== "validated") throw new AppError("ARTICLE_NOT_FOUND", `Article ${input.articleId} was not found.`);
  const text = input.text.trim().slice(0, MAX_PHRASING);
  if (!text) throw new AppError("VALIDATION_FAILED", "Say what you were looking for.");
  const at = deps.clock.now().toISOString();
  const id = await deps.deflections.add({ personId: actor.id, articleId: article.id, text, at });
  await deps.phrasings.add({ articleId: article.id, text, source: "deflection", at });
  await deps.articles.countFeedback(article.id, true);
  await recordArticleEvent(deps, "article.deflected", actor, article.id, at, { deflectionId: id });
  await reindex(deps, article);
  return { id, articleId: article.id, createdAt: at };
}
