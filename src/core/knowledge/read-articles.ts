import type { Actor, Page } from "../people/people.types.js";
import { loadReadable } from "./article-deps.js";
import type { ArticleFilter, ArticleLinksRepository, ArticlesRepository, ArticleVersionsRepository, FeedbackRepository } from "./knowledge.ports.js";
import type { Article, ArticleLink, ArticleVersion } from "./knowledge.types.js";
import type { Clock, EventLog } from "../people/people.ports.js";
import { visibilityFor } from "./visibility.js";

/** Articles the actor may read, filtered and paged. */
export function listArticles(deps: { articles: ArticlesRepository }, actor: Actor, filter: Omit<ArticleFilter, "visibility">): Promise<Page<Article>> {
  return deps.articles.list({ ...filter, visibility: visibilityFor(actor) });
}

/** Opens an article and counts the view. */
export async function readArticle(deps: { articles: ArticlesRepository }, actor: Actor, id: number, options: { countView?: boolean } = {}): Promise<Article> {
  const article = await loadReadable(deps.articles, actor, id);
  if (options.countView) {
    await deps.articles.countView(id);
    return { ...article, views: article.views + 1 };
  }
  return article;
}

export async function articleHistory(deps: { articles: ArticlesRepository; versions: ArticleVersionsRepository }, actor: Actor, id: number): Promise<ArticleVersion[]> {
  await loadReadable(deps.articles, actor, id);
  return deps.versions.list(id);
}

/** The requests an article solved or was written from (the caller filters them to what they may see). */
export async function articleLinks(deps: { articles: ArticlesRepository; links: ArticleLinksRepository }, actor: Actor, id: number): Promise<ArticleLink[]> {
  await loadReadable(deps.articles, actor, id);
  return deps.links.forArticle(id);
}

/** "Did this solve it?" on an article page. */
export async function giveArticleFeedback(
  deps: { articles: ArticlesRepository; feedback: FeedbackRepository; events: EventLog; clock: Clock },
  actor: Actor,
  id: number,
  helped: boolean,
): Promise<Article> {
  await loadReadable(deps.articles, actor, id);
  const at = deps.clock.now().toISOString();
  await deps.feedback.add({ articleId: id, personId: actor.id, helped, at });
  await deps.articles.countFeedback(id, helped);
  await deps.events.append({ type: helped ? "article.helped" : "article.not_helped", actorId: actor.id, subjectType: "article", subjectId: id, data: {}, at });
  return (await deps.articles.findById(id))!;
}
