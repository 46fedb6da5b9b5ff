import type { PeopleRepository } from "../../people/people.ports.js";
import type { Actor } from "../../people/people.types.js";
import { AppError } from "../../shared/errors.js";
import { loadVisibleIdea, recordIdeaEvent, type IdeaWriteDeps } from "./idea-deps.js";
import { isMentorOf, isOwner } from "./idea-rules.js";
import type { Idea } from "./ideas.types.js";

/**
 * Puts a mentor on an idea: the owner invites anyone active, or a person offers themselves. Mentors are
 * credited (`idea.mentor_added` now, and by name on `idea.shipped`). Adding one twice changes nothing.
 */
export async function addMentor(deps: IdeaWriteDeps & { people: PeopleRepository }, actor: Actor, ideaId: number, personId: number): Promise<Idea> {
  const idea = await loadVisibleIdea(deps.ideas, actor, ideaId);
  const offering = personId === actor.id;
  if (!offering && !isOwner(actor, idea)) throw new AppError("FORBIDDEN", "Only the idea's owner invites mentors; you may offer yourself.");
  if (personId === idea.ownerId) throw new AppError("MENTOR_NOT_ELIGIBLE", "The owner does the work; a mentor is someone else.");
  const person = await deps.people.findById(personId);
  if (!person || !person.active) throw new AppError("PERSON_NOT_FOUND", `Person ${personId} was not found.`);
  const at = deps.clock.now().toISOString();
  if (await deps.ideas.addMentor(ideaId, personId, at)) {
    await recordIdeaEvent(deps.events, "idea.mentor_added", actor, ideaId, at, { personId, name: person.name, offered: offering });
  }
  return (await deps.ideas.findById(ideaId))!;
}

/** The owner takes a mentor off the idea, or a mentor steps down. */
export async function removeMentor(deps: IdeaWriteDeps, actor: Actor, ideaId: number, personId: number): Promise<Idea> {
  const idea = await loadVisibleIdea(deps.ideas, actor, ideaId);
  if (!isOwner(actor, idea) && personId !== actor.id) throw new AppError("FORBIDDEN", "Only the idea's owner removes mentors; a mentor may step down.");
  if (!isMentorOf({ ...actor, id: personId }, idea)) throw new AppError("IDEA_MENTOR_NOT_FOUND", `Person ${personId} is not a mentor on idea ${ideaId}.`);
  const at = deps.clock.now().toISOString();
  await deps.ideas.removeMentor(ideaId, personId);
  await recordIdeaEvent(deps.events, "idea.mentor_removed", actor, ideaId, at, { personId });
  return (await deps.ideas.findById(ideaId))!;
}
