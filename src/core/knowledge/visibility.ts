import type { Actor } from "../people/people.types.js";
import { ARTICLE_STATES, PUBLISHED_STATES, type Article, type ArticleVisibility, type Audience } from "./knowledge.types.js";

export const isTech = (actor: Actor) => actor.roles.includes("tech") || actor.roles.includes("admin");
export const mayPublish = (actor: Actor) => isTech(actor) || actor.roles.includes("helper");

/**
 * Students read articles meant for everyone; staff also staff articles; tech everything. Drafts are
 * seen by their author and tech; archived articles by tech only.
 */
export function visibilityFor(actor: Actor): ArticleVisibility {
  const audiences: Audience[] = isTech(actor) ? ["everyone", "staff", "tech"] : actor.kind === "student" ? ["everyone"] : ["everyone", "staff"];
  return { audiences, states: isTech(actor) ? [...ARTICLE_STATES] : [...PUBLISHED_STATES], personId: actor.id };
}

export function canRead(actor: Actor, article: Pick<Article, "audience" | "state" | "authorId">): boolean {
  const v = visibilityFor(actor);
  if (!v.audiences.includes(article.audience)) return false;
  if (v.states.includes(article.state)) return true;
  return article.state === "draft" && article.authorId === actor.id;
}
