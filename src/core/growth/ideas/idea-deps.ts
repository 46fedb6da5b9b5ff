import type { Clock, EventLog } from "../../people/people.ports.js";
import type { Actor } from "../../people/people.types.js";
import { AppError } from "../../shared/errors.js";
import { canSee, isOwner } from "./idea-rules.js";
import type { IdeasRepository } from "./ideas.ports.js";
import type { Idea } from "./ideas.types.js";

export type IdeaWriteDeps = { ideas: IdeasRepository; events: EventLog; clock: Clock };

/** Loads an idea the actor may see; anything else is IDEA_NOT_FOUND, with no hint it exists. */
export async function loadVisibleIdea(ideas: IdeasRepository, actor: Actor, id: number): Promise<Idea> {
  const idea = await ideas.findById(id);
  if (!idea || !canSee(actor, idea)) throw new AppError("IDEA_NOT_FOUND", `Idea ${id} was not found.`);
  return idea;
}

/** Loads an idea only its owner may change: others who can see it get FORBIDDEN. */
export async function loadOwnIdea(ideas: IdeasRepository, actor: Actor, id: number, what: string): Promise<Idea> {
  const idea = await loadVisibleIdea(ideas, actor, id);
  if (!isOwner(actor, idea)) throw new AppError("FORBIDDEN", `Only the idea's owner may ${what}.`);
  return idea;
}

export async function recordIdeaEvent(events: EventLog, type: string, actor: Actor, ideaId: number, at: string, data: Record<string, unknown> = {}) {
  await events.append({ type, actorId: actor.id, subjectType: "idea", subjectId: ideaId, data, at });
}
