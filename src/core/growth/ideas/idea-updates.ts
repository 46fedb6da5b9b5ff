import type { Actor } from "../../people/people.types.js";
import { AppError } from "../../shared/errors.js";
import { loadVisibleIdea, recordIdeaEvent, type IdeaWriteDeps } from "./idea-deps.js";
import { isMentorOf, isOwner } from "./idea-rules.js";
import type { IdeasRepository } from "./ideas.ports.js";
import type { IdeaUpdate, IdeaUpdateKind } from "./ideas.types.js";

/** The owner posts check-ins; the owner and the idea's mentors comment. */
export async function postIdeaUpdate(deps: IdeaWriteDeps, actor: Actor, ideaId: number, input: { kind: IdeaUpdateKind; body: string }): Promise<IdeaUpdate> {
  const idea = await loadVisibleIdea(deps.ideas, actor, ideaId);
  if (input.kind === "check_in" && !isOwner(actor, idea)) throw new AppError("FORBIDDEN", "Check-ins are the owner's.");
  if (!isOwner(actor, idea) && !isMentorOf(actor, idea)) throw new AppError("FORBIDDEN", "The owner and the idea's mentors comment; offer yourself as a mentor first.");
  const at = deps.clock.now().toISOString();
  const update = await deps.ideas.addUpdate({ ideaId, authorId: actor.id, kind: input.kind, body: input.body.trim(), at });
  await recordIdeaEvent(deps.events, input.kind === "check_in" ? "idea.check_in" : "idea.commented", actor, ideaId, at, { updateId: update.id });
  return update;
}

/** Check-ins and comments, oldest first, for anyone who sees the idea. */
export async function listIdeaUpdates(deps: { ideas: IdeasRepository }, actor: Actor, ideaId: number): Promise<IdeaUpdate[]> {
  await loadVisibleIdea(deps.ideas, actor, ideaId);
  return deps.ideas.updates(ideaId);
}
