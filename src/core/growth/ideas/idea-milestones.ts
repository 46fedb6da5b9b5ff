import type { Actor } from "../../people/people.types.js";
import { AppError } from "../../shared/errors.js";
import { loadOwnIdea, recordIdeaEvent, type IdeaWriteDeps } from "./idea-deps.js";
import type { Milestone } from "./ideas.types.js";

/** The owner plans the work as milestones, in the order added. */
export async function addMilestone(deps: IdeaWriteDeps, actor: Actor, ideaId: number, input: { title: string; dueOn?: string | null }): Promise<Milestone> {
  await loadOwnIdea(deps.ideas, actor, ideaId, "add milestones");
  const milestone = await deps.ideas.addMilestone(ideaId, { title: input.title.trim(), dueOn: input.dueOn ?? null });
  await recordIdeaEvent(deps.events, "idea.milestone_added", actor, ideaId, deps.clock.now().toISOString(), { milestoneId: milestone.id, title: milestone.title });
  return milestone;
}

/** The owner renames, re-dates or marks a milestone done (or not done again): that is the idea's progress. */
export async function updateMilestone(
  deps: IdeaWriteDeps,
  actor: Actor,
  ideaId: number,
  milestoneId: number,
  input: { title?: string; dueOn?: string | null; done?: boolean },
): Promise<Milestone> {
  const idea = await loadOwnIdea(deps.ideas, actor, ideaId, "change milestones");
  const current = idea.milestones.find((m) => m.id === milestoneId);
  if (!current) throw new AppError("MILESTONE_NOT_FOUND", `Milestone ${milestoneId} was not found on idea ${ideaId}.`);
  const at = deps.clock.now().toISOString();
  // Marking done again keeps the first completion time.
  const doneAt = input.done === undefined ? undefined : input.done ? (current.doneAt ?? at) : null;
  const milestone = await deps.ideas.updateMilestone(ideaId, milestoneId, {
    ...(input.title !== undefined && { title: input.title.trim() }),
    ...(input.dueOn !== undefined && { dueOn: input.dueOn }),
    ...(doneAt !== undefined && { doneAt }),
  });
  if (!milestone) throw new AppError("MILESTONE_NOT_FOUND", `Milestone ${milestoneId} was not found on idea ${ideaId}.`);
  if (input.done === true && !current.done) {
    await recordIdeaEvent(deps.events, "idea.milestone_done", actor, ideaId, at, { milestoneId, title: milestone.title });
  }
  return milestone;
}

/** Share of milestones done, 0..1 (0 without milestones). */
export const progressOf = (milestones: readonly Pick<Milestone, "done">[]) =>
  milestones.length === 0 ? 0 : milestones.filter((m) => m.done).length / milestones.length;
