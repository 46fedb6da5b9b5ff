import type { SkillsRepository } from "../../community/community.ports.js";
import type { Skill } from "../../community/community.types.js";
import { type GrowthLevel, nextLevel } from "../../community/routing/skill-growth.js";
import type { Clock, EventLog } from "../../people/people.ports.js";
import type { Actor } from "../../people/people.types.js";
import { AppError } from "../../shared/errors.js";
import { assertRunsTraining, trainingOr404 } from "./training-access.js";
import type { TrainingsRepository } from "./trainings.ports.js";
import type { Enrolment } from "./trainings.types.js";

/**
 * The facilitator (or tech) records who came, once the training has started. The list replaces the
 * previous one. Someone marked for the first time gains on the topic by the rules of
 * routing/skill-growth.ts (`nextLevel` with this one training as the evidence); unmarking never
 * lowers a skill, and marking again never raises twice.
 */
export async function takeAttendance(
  deps: { trainings: TrainingsRepository; skills: SkillsRepository; events: EventLog; clock: Clock },
  actor: Actor,
  trainingId: number,
  personIds: number[],
): Promise<{ enrolments: Enrolment[]; raised: Skill[] }> {
  const training = await trainingOr404(deps.trainings, trainingId, { lock: true });
  assertRunsTraining(actor, training);
  if (training.status === "cancelled") throw new AppError("TRAINING_CANCELLED", "This training was cancelled.");
  const now = deps.clock.now();
  if (Date.parse(training.startsAt) > now.getTime()) throw new AppError("TRAINING_NOT_STARTED", "Attendance is taken once the training has started.");
  const ids = [...new Set(personIds)];
  const before = new Map((await deps.trainings.enrolments(trainingId)).map((e) => [e.personId, e]));
  const stranger = ids.find((id) => !before.has(id) || before.get(id)!.status === "cancelled");
  if (stranger !== undefined) throw new AppError("NOT_ENROLLED", `Person ${stranger} is not enrolled on this training.`);
  const at = now.toISOString();
  await deps.trainings.setAttendance(trainingId, ids, at);
  await deps.events.append({ type: "training.attendance_taken", actorId: actor.id, subjectType: "training", subjectId: trainingId, data: { attended: ids }, at });

  const raised: Skill[] = [];
  for (const personId of ids) {
    if (before.get(personId)!.attendanceMarkedAt !== null) continue;
    const current = await deps.skills.find(personId, training.topicId);
    const next = nextLevel((current?.level ?? "none") as GrowthLevel, { guidedYes: 0, trainingsSinceLevel: 1 });
    if (!next) continue;
    const skill = await deps.skills.upsert({ personId, topicId: training.topicId, level: next.level, source: "training", at });
    await deps.events.append({
      type: "skill.raised",
      actorId: null,
      subjectType: "person",
      subjectId: personId,
      data: { topicId: training.topicId, from: current?.level ?? null, to: next.level, because: next.because, trainingId },
      at,
    });
    raised.push(skill);
  }
  return { enrolments: await deps.trainings.enrolments(trainingId), raised };
}
