import type { Actor } from "../../people/people.types.js";
import type { IdeaScope } from "./ideas.ports.js";
import type { Idea, IdeaStatus } from "./ideas.types.js";

/*
 * Who sees and moves an idea — the one place these rules live.
 *
 * - Every member reads every idea, except that a student's idea is seen only by staff (anyone who is not
 *   a student), the student who owns it and its mentors: students don't browse each other's proposals.
 * - Only the owner edits it, adds milestones, posts check-ins and moves it (DESIGN.md: "the owner does
 *   the work"); tech, leaders and admin may also grant support (`proposed → supported`).
 * - The owner and the idea's mentors comment.
 */

/** The lifecycle: the main line forward, any open status to `paused`, and back from `paused`. */
const FORWARD: Record<IdeaStatus, readonly IdeaStatus[]> = {
  proposed: ["supported"],
  supported: ["in_progress"],
  in_progress: ["shipped"],
  shipped: [],
  paused: ["supported", "in_progress"],
};

/** Statuses the idea may move to next (resuming also allows the status it was paused from). */
export function nextStatuses(idea: Pick<Idea, "status" | "pausedFrom">): IdeaStatus[] {
  const next = [...FORWARD[idea.status]];
  if (idea.status === "paused" && idea.pausedFrom && !next.includes(idea.pausedFrom)) next.unshift(idea.pausedFrom);
  if (idea.status !== "paused" && idea.status !== "shipped") next.push("paused");
  return next;
}

export const isOwner = (actor: Actor, idea: Pick<Idea, "ownerId">) => actor.id === idea.ownerId;
export const isMentorOf = (actor: Actor, idea: Pick<Idea, "mentors">) => idea.mentors.some((m) => m.personId === actor.id);

/** Tech, leaders and admin grant support to a proposal. */
export const maySupport = (actor: Actor) => actor.roles.some((r) => r === "tech" || r === "leader" || r === "admin");

/** Who may see an idea: anyone, unless both are students; then only its owner and its mentors. */
export function canSee(actor: Actor, idea: Pick<Idea, "ownerId" | "ownerKind" | "mentors">): boolean {
  if (actor.kind !== "student" || idea.ownerKind !== "student") return true;
  return isOwner(actor, idea) || isMentorOf(actor, idea);
}

/** The same rule as data, for lists. */
export const ideaScopeOf = (actor: Actor): IdeaScope => (actor.kind === "student" ? { kind: "member", personId: actor.id } : { kind: "all" });

/** Whether this actor may make this move (the move itself is checked by `nextStatuses`). */
export function mayMove(actor: Actor, idea: Pick<Idea, "ownerId" | "status">, to: IdeaStatus): boolean {
  if (isOwner(actor, idea)) return true;
  return idea.status === "proposed" && to === "supported" && maySupport(actor);
}
