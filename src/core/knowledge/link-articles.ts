import type { TopicsRepository } from "../people/people.ports.js";
import type { Actor } from "../people/people.types.js";
import { loadVisible, loadWithAccess } from "../requests/request-deps.js";
import type { MessagesRepository, RequestsRepository } from "../requests/requests.ports.js";
import { AppError } from "../shared/errors.js";
import { type ArticlePorts, loadReadable, recordArticleEvent } from "./article-deps.js";
import { createArticle } from "./create-article.js";
import type { ArticleLinksRepository, ArticleVersionsRepository } from "./knowledge.ports.js";
import type { Article, ArticleLink, LinkKind } from "./knowledge.types.js";
import { canRead, isTech } from "./visibility.js";

type LinkDeps = { requests: RequestsRepository; articles: ArticlePorts["articles"]; links: ArticleLinksRepository; events: ArticlePorts["events"]; clock: ArticlePorts["clock"] };

/** A helper links an article to the request they are answering: it solved it, or it was referenced. */
export async function linkArticle(deps: LinkDeps, actor: Actor, requestId: number, input: { articleId: number; kind: Extract<LinkKind, "solved_by" | "referenced"> }): Promise<{ link: ArticleLink; article: Article }> {
  const { access } = await loadWithAccess(deps.requests, actor, requestId);
  if (!access.work) throw new AppError("FORBIDDEN", "Only the person handling this request can link articles to it.");
  const article = await loadReadable(deps.articles, actor, input.articleId);
  const at = deps.clock.now().toISOString();
  const link: ArticleLink = { articleId: input.articleId, requestId, kind: input.kind, createdBy: actor.id, createdAt: at };
  if (await deps.links.add(link)) await recordArticleEvent(deps, "article.linked", actor, input.articleId, at, { requestId, kind: input.kind });
  return { link, article };
}

export async function unlinkArticle(deps: LinkDeps, actor: Actor, requestId: number, input: { articleId: number; kind: LinkKind }): Promise<void> {
  const { access } = await loadWithAccess(deps.requests, actor, requestId);
  if (!access.work) throw new AppError("FORBIDDEN", "Only the person handling this request can unlink articles.");
  if (!(await deps.links.remove(input.articleId, requestId, input.kind))) throw new AppError("ARTICLE_NOT_FOUND", "That link does not exist.");
}

/** The articles linked to a request (and read before asking), as far as the actor may read them. */
export async function requestArticles(deps: LinkDeps, actor: Actor, requestId: number): Promise<{ link: ArticleLink; article: Article }[]> {
  await loadVisible(deps.requests, actor, requestId);
  const result: { link: ArticleLink; article: Article }[] = [];
  for (const link of await deps.links.forRequest(requestId)) {
    const article = await deps.articles.findById(link.articleId);
    // Not readable by this person (e.g. a tech-only article on a student's request): leave it out.
    if (article && canRead(actor, article)) result.push({ link, article });
  }
  return result;
}

/**
 * "Write an article from this": a draft pre-filled with the requester's own words and the answer that
 * resolved it — the accepted community answer when there is one — linked as created_from (KCS: capture
 * in the workflow). Whoever handled it may capture it; for an accepted answer, its author and the
 * requester may too. A staff-only request makes a staff-audience draft.
 */
export async function captureArticle(
  deps: ArticlePorts & LinkDeps & { versions: ArticleVersionsRepository; topics: TopicsRepository; messages: MessagesRepository },
  actor: Actor,
  requestId: number,
): Promise<Article> {
  const { request, access } = await loadWithAccess(deps.requests, actor, requestId);
  const accepted = request.acceptedMessageId === null ? null : await deps.messages.findById(request.acceptedMessageId);
  const answerParty = accepted !== null && (actor.id === accepted.authorId || actor.id === request.requesterId);
  if (!access.work && !isTech(actor) && !answerParty) throw new AppError("FORBIDDEN", "Only the person who handled this request can write an article from it.");
  if (request.status !== "resolved" && request.status !== "closed") throw new AppError("INVALID_TRANSITION", "Write an article once the request is resolved.");
  const answers = accepted ? [accepted] : (await deps.messages.listFor(requestId, { includeInternal: false })).filter((m) => m.authorId !== request.requesterId);
  const body = [
    "## The question",
    request.description || request.title,
    ...(request.tried ? ["", "## Already tried", request.tried] : []),
    "",
    "## How to do it",
    answers.length ? answers.map((m) => m.body).join("\n\n") : "_Describe the steps that solved it._",
  ].join("\n");
  const article = await createArticle(deps, actor, {
    title: request.title,
    body,
    topicIds: [request.topicId],
    audience: request.staffOnly ? "staff" : "everyone",
    state: "draft",
  });
  await deps.links.add({ articleId: article.id, requestId, kind: "created_from", createdBy: actor.id, createdAt: deps.clock.now().toISOString() });
  return article;
}

/**
 * "I still need help": the articles read while typing go with the request (kind viewed), so the
 * helper sees what was tried. Articles the person can't read are skipped silently.
 */
export async function recordViewedArticles(
  deps: { articles: ArticlePorts["articles"]; links: ArticleLinksRepository; clock: ArticlePorts["clock"] },
  actor: Actor,
  requestId: number,
  articleIds: number[],
): Promise<void> {
  const at = deps.clock.now().toISOString();
  for (const articleId of new Set(articleIds)) {
    const article = await deps.articles.findById(articleId);
    if (article && canRead(actor, article)) {
      await deps.links.add({ articleId, requestId, kind: "viewed", createdBy: actor.id, createdAt: at });
    }
  }
}
