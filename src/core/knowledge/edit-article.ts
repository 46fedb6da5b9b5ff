import type { TopicsRepository } from "../people/people.ports.js";
import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { type ArticlePorts, loadReadable, recordArticleEvent, reindex, requireText } from "./article-deps.js";
import { assertArticleMove } from "./article-states.js";
import { checkTopics, MAX_ARTICLE_BODY } from "./create-article.js";
import type { ArticleChanges, ArticleVersionsRepository } from "./knowledge.ports.js";
import type { Article, ArticleState, Audience } from "./knowledge.types.js";
import { isTech, mayPublish } from "./visibility.js";

type Deps = ArticlePorts & { versions: ArticleVersionsRepository; topics: TopicsRepository };

export interface EditArticleInput {
  version: number;
  title?: string;
  body?: string;
  topicIds?: number[];
  audience?: Audience;
  state?: ArticleState;
  /** What changed and why, shown in the history. */
  note?: string;
}

/**
 * Edits content (a new version) and/or moves the state. Authors edit their drafts; helpers and tech
 * improve published articles (KCS: fix it when you use it); an edit by a non-tech person to a validated
 * article sends it back to unvalidated for tech to check.
 */
export async function editArticle(deps: Deps, actor: Actor, id: number, input: EditArticleInput): Promise<Article> {
  const current = await loadReadable(deps.articles, actor, id);
  const changesContent = input.title !== undefined || input.body !== undefined || input.topicIds !== undefined || input.audience !== undefined;
  if (changesContent && !mayEdit(actor, current)) throw new AppError("FORBIDDEN", "You can't edit this article.");
  const changes: ArticleChanges = {};
  if (input.title !== undefined) changes.title = requireText(input.title, "title");
  if (input.body !== undefined) {
    changes.body = requireText(input.body, "text");
    if (changes.body.length > MAX_ARTICLE_BODY) throw new AppError("VALIDATION_FAILED", `An article may have at most ${MAX_ARTICLE_BODY} characters.`);
  }
  if (input.topicIds !== undefined) changes.topicIds = await checkTopics(deps.topics, input.topicIds);
  if (input.audience !== undefined) changes.audience = input.audience;
  const at = deps.clock.now().toISOString();

  let state = input.state;
  if (changesContent && !isTech(actor) && current.state === "validated" && state === undefined) state = "unvalidated";
  if (state !== undefined && state !== current.state) {
    if (!(changesContent && !isTech(actor) && current.state === "validated" && state === "unvalidated")) assertArticleMove(actor, current.state, state);
    changes.state = state;
    if (state === "validated") Object.assign(changes, { validatedBy: actor.id, validatedAt: at });
    if (current.state === "validated") Object.assign(changes, { validatedBy: null, validatedAt: null });
  }

  const updated = await deps.articles.update(id, input.version, changes, at);
  const contentChanged = changes.title !== undefined || changes.body !== undefined;
  if (contentChanged) {
    await deps.versions.add(id, { version: updated.version, title: updated.title, body: updated.body, authorId: actor.id, note: input.note?.trim() ?? "", createdAt: at });
    await recordArticleEvent(deps, "article.edited", actor, id, at, { version: updated.version });
  }
  if (changes.state) await recordArticleEvent(deps, "article.state_changed", actor, id, at, { from: current.state, to: changes.state });
  await reindex(deps, updated);
  return updated;
}

function mayEdit(actor: Actor, article: Article): boolean {
  if (isTech(actor)) return true;
  if (article.state === "draft") return article.authorId === actor.id;
  return mayPublish(actor) && article.state !== "archived";
}

/** Brings back an earlier version's text as a new version (history is never rewritten). */
export async function restoreVersion(deps: Deps, actor: Actor, id: number, input: { version: number; restore: number }): Promise<Article> {
  const old = await deps.versions.find(id, input.restore);
  await loadReadable(deps.articles, actor, id);
  if (!old) throw new AppError("ARTICLE_VERSION_NOT_FOUND", `Version ${input.restore} of article ${id} was not found.`);
  return editArticle(deps, actor, id, { version: input.version, title: old.title, body: old.body, note: `Restored version ${input.restore}` });
}
