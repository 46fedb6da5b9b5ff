import type { TopicsRepository } from "../../people/people.ports.js";
import type { Actor } from "../../people/people.types.js";
import { AppError } from "../../shared/errors.js";
import { loadOwnIdea, loadVisibleIdea, recordIdeaEvent, type IdeaWriteDeps } from "./idea-deps.js";
import { mayMove, nextStatuses } from "./idea-rules.js";
import { checkTopics } from "./propose-idea.js";
import type { IdeaChanges } from "./ideas.ports.js";
import type { Idea, IdeaInput, IdeaStatus } from "./ideas.types.js";

/** The owner edits their proposal; `version` must be the one they read (a stale one is VERSION_CONFLICT). */
export async function updateIdea(
  deps: IdeaWriteDeps & { topics: TopicsRepository },
  actor: Actor,
  id: number,
  input: Partial<IdeaInput> & { version: number },
): Promise<Idea> {
  await loadOwnIdea(deps.ideas, actor, id, "edit it");
  const changes: IdeaChanges = {
    ...(input.title !== undefined && { title: input.title.trim() }),
    ...(input.pitch !== undefined && { pitch: input.pitch.trim() }),
    ...(input.goals !== undefined && { goals: input.goals.trim() }),
    ...(input.timeline !== undefined && { timeline: input.timeline.trim() }),
    ...(input.support !== undefined && { support: [...new Set(input.support)] }),
    ...(input.topicIds !== undefined && { topicIds: await checkTopics(deps.topics, input.topicIds) }),
  };
  const at = deps.clock.now().toISOString();
  const idea = await deps.ideas.update(id, input.version, changes, at);
  await recordIdeaEvent(deps.events, "idea.updated", actor, id, at, { fields: Object.keys(changes) });
  return idea;
}

/**
 * Moves an idea along its lifecycle. The owner makes every move; tech, leaders and admin may also grant
 * support. Shipping credits the mentors on the `idea.shipped` event.
 */
export async function moveIdea(deps: IdeaWriteDeps, actor: Actor, id: number, to: IdeaStatus, version?: number): Promise<Idea> {
  const idea = await loadVisibleIdea(deps.ideas, actor, id);
  if (!mayMove(actor, idea, to)) throw new AppError("FORBIDDEN", "Only the idea's owner moves it (tech and leaders may grant support to a proposal).");
  const allowed = nextStatuses(idea);
  if (!allowed.includes(to)) {
    throw new AppError("INVALID_IDEA_STATUS", `An idea that is ${idea.status} can't move to ${to}${allowed.length ? ` (it can move to ${allowed.join(", ")})` : ""}.`, { allowed });
  }
  const at = deps.clock.now().toISOString();
  const moved = await deps.ideas.update(
    id,
    version ?? null,
    { status: to, pausedFrom: to === "paused" ? idea.status : null, ...(to === "shipped" && { shippedAt: at }) },
    at,
  );
  if (to === "shipped") {
    const mentors = moved.mentors.map((m) => ({ personId: m.personId, name: m.name }));
    await recordIdeaEvent(deps.events, "idea.shipped", actor, id, at, { from: idea.status, to, mentors });
  } else {
    await recordIdeaEvent(deps.events, "idea.status_changed", actor, id, at, { from: idea.status, to });
  }
  return moved;
}
