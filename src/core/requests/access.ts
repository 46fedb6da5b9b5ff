import type { Actor } from "../people/people.types.js";
import { isOpen } from "./lifecycle.js";
import type { HelpRequest } from "./requests.types.js";

/**
 * Which requests a person sees. Tech and admin see all; helpers see what they asked, what they hold
 * and the open unassigned queue they may take from; everyone else (students included) only their own.
 */
export type RequestScope = { kind: "all" } | { kind: "helper"; personId: number } | { kind: "own"; personId: number };

export function scopeOf(actor: Actor): RequestScope {
  if (isTriager(actor)) return { kind: "all" };
  if (actor.roles.includes("helper")) return { kind: "helper", personId: actor.id };
  return { kind: "own", personId: actor.id };
}

/** Triage (topic, mode, nature, assignee, merging) belongs to tech; admin has it too. */
export const isTriager = (actor: Actor) => actor.roles.includes("tech") || actor.roles.includes("admin");

export function canSee(actor: Actor, request: HelpRequest): boolean {
  const scope = scopeOf(actor);
  if (scope.kind === "all") return true;
  if (request.requesterId === actor.id || request.assigneeId === actor.id) return true;
  return scope.kind === "helper" && request.assigneeId === null && isOpen(request.status);
}

/** Helpers move the requests they hold; triagers move any. */
export const canWork = (actor: Actor, request: HelpRequest) => isTriager(actor) || (actor.roles.includes("helper") && request.assigneeId === actor.id);

/** Internal notes are never shown to the requester, whatever other roles they have. */
export const canSeeInternal = (actor: Actor, request: HelpRequest) =>
  request.requesterId !== actor.id && (isTriager(actor) || (actor.roles.includes("helper") && canSee(actor, request)));
