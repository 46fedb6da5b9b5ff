import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import type { ArticleState } from "./knowledge.types.js";
import { isTech, mayPublish } from "./visibility.js";

/**
 * KCS states and who moves them: anyone writes a draft; helpers and tech publish as unvalidated;
 * tech validates, archives and restores. Tech may also create straight into any state.
 */
const MOVES: Record<ArticleState, Partial<Record<ArticleState, (actor: Actor) => boolean>>> = {
  draft: { unvalidated: mayPublish, validated: isTech, archived: isTech },
  unvalidated: { validated: isTech, draft: isTech, archived: isTech },
  validated: { unvalidated: isTech, archived: isTech },
  archived: { unvalidated: isTech, validated: isTech },
};

/** Throws unless the actor may move an article between the two states. */
export function assertArticleMove(actor: Actor, from: ArticleState, to: ArticleState): void {
  const rule = MOVES[from][to];
  if (!rule) throw new AppError("INVALID_ARTICLE_STATE", `An article can't move from ${from} to ${to}.`);
  if (!rule(actor)) throw new AppError("FORBIDDEN", to === "unvalidated" ? "Helpers and the tech team publish articles." : "Only the tech team can do that.");
}

/** The states an actor may create an article in. */
export function creatableStates(actor: Actor): ArticleState[] {
  if (isTech(actor)) return ["draft", "unvalidated", "validated", "archived"];
  return mayPublish(actor) ? ["draft", "unvalidated"] : ["draft"];
}
