import type { SkillsRepository } from "../../community/community.ports.js";
import { ancestorsOf } from "../../community/find-helpers.js";
import type { Topic } from "../../people/people.types.js";
import type { Actor } from "../../people/people.types.js";
import { AppError } from "../../shared/errors.js";
import type { TrainingsRepository } from "./trainings.ports.js";
import type { Training } from "./trainings.types.js";

/** The tech team (and admins) run trainings on anything. */
export const isTech = (actor: Pick<Actor, "roles">) => actor.roles.some((r) => r === "tech" || r === "admin");

/** Whether the person holds a `mentor` skill on the topic or one of its parents. */
export async function mentorsTopic(skills: SkillsRepository, topics: readonly Topic[], personId: number, topicId: number): Promise<boolean> {
  for (const id of [topicId, ...ancestorsOf(topics, topicId)]) {
    if ((await skills.find(personId, id))?.level === "mentor") return true;
  }
  return false;
}

/** The training, or TRAINING_NOT_FOUND. */
export async function trainingOr404(trainings: TrainingsRepository, id: number, options?: { lock?: boolean }): Promise<Training> {
  const training = await trainings.findById(id, options);
  if (!training) throw new AppError("TRAINING_NOT_FOUND", `Training ${id} was not found.`);
  return training;
}

/** Only the facilitator and tech change a training or see who comes. */
export function assertRunsTraining(actor: Actor, training: Training): void {
  if (actor.id !== training.facilitatorId && !isTech(actor)) throw new AppError("FORBIDDEN", "Only the facilitator or the tech team can do this.");
}
