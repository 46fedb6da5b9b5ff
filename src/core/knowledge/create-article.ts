import type { TopicsRepository } from "../people/people.ports.js";
import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { type ArticlePorts, recordArticleEvent, reindex, requireText } from "./article-deps.js";
import { creatableStates } from "./article-states.js";
import type { ArticleVersionsRepository } from "./knowledge.ports.js";
import type { Article, ArticleState, Audience } from "./knowledge.types.js";

export interface ArticleInput {
  title: string;
  body: string;
  topicIds?: number[];
  audience: Audience;
  state?: ArticleState;
}

export const MAX_ARTICLE_BODY = 100_000;

/** Writes a new article (version 1) and indexes it for search; actor null is the system (an import). */
export async function createArticle(
  deps: ArticlePorts & { versions: ArticleVersionsRepository; topics: TopicsRepository },
  actor: Actor | null,
  input: ArticleInput,
): Promise<Article> {
  const state = input.state ?? "draft";
  if (actor && !creatableStates(actor).includes(state)) {
    throw new AppError("FORBIDDEN", state === "unvalidated" ? "Helpers and the tech team publish articles; save it as a draft." : "Only the tech team can create articles in that state.");
  }
  const title = requireText(input.title, "title");
  const body = requireText(input.body, "text");
  if (body.length > MAX_ARTICLE_BODY) throw new AppError("VALIDATION_FAILED", `An article may have at most ${MAX_ARTICLE_BODY} characters.`);
  const topicIds = await checkTopics(deps.topics, input.topicIds ?? []);
  const at = deps.clock.now().toISOString();
  const authorId = actor?.id ?? null;
  const article = await deps.articles.create({ title, body, state, audience: input.audience, authorId, topicIds, at });
  if (state === "validated") await deps.articles.update(article.id, null, { validatedBy: authorId, validatedAt: at }, at);
  await deps.versions.add(article.id, { version: 1, title, body, authorId, note: actor ? "Created" : "Imported", createdAt: at });
  await recordArticleEvent(deps, "article.created", actor, article.id, at, { state, audience: input.audience });
  const stored = (await deps.articles.findById(article.id))!;
  await reindex(deps, stored);
  return stored;
}

export async function checkTopics(topics: TopicsRepository, ids: number[]): Promise<number[]> {
  const unique = [...new Set(ids)];
  for (const id of unique) {
    if (!(await topics.findById(id))) throw new AppError("TOPIC_NOT_FOUND", `Topic ${id} was not found.`);
  }
  return unique;
}
