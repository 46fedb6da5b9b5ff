import type { Clock, EventLog } from "../people/people.ports.js";
import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import type { ArticlesRepository, PhrasingsRepository } from "./knowledge.ports.js";
import type { Article } from "./knowledge.types.js";
import type { ArticleSearchIndex } from "./search.ports.js";
import { canRead } from "./visibility.js";

export type ArticlePorts = {
  articles: ArticlesRepository;
  phrasings: PhrasingsRepository;
  search: ArticleSearchIndex;
  events: EventLog;
  clock: Clock;
};

/** An article the actor may read; anything else is ARTICLE_NOT_FOUND, with no hint it exists. */
export async function loadReadable(articles: ArticlesRepository, actor: Actor, id: number): Promise<Article> {
  const article = await articles.findById(id);
  if (!article || !canRead(actor, article)) throw new AppError("ARTICLE_NOT_FOUND", `Article ${id} was not found.`);
  return article;
}

/** Keeps the search index in step with the article and the phrasings learned for it. */
export async function reindex(deps: Pick<ArticlePorts, "phrasings" | "search">, article: Article): Promise<void> {
  await deps.search.index({
    articleId: article.id,
    title: article.title,
    body: article.body,
    phrasings: await deps.phrasings.forArticle(article.id),
    topicIds: article.topicIds,
    audience: article.audience,
    state: article.state,
    authorId: article.authorId,
  });
}

export async function recordArticleEvent(deps: Pick<ArticlePorts, "events">, type: string, actor: Actor | null, articleId: number, at: string, data: Record<string, unknown> = {}) {
  await deps.events.append({ type, actorId: actor?.id ?? null, subjectType: "article", subjectId: articleId, data, at });
}

export function requireText(raw: string, what: string): string {
  const text = raw.trim();
  if (!text) throw new AppError("VALIDATION_FAILED", `An article needs a ${what}.`);
  return text;
}
