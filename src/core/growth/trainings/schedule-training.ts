import type { SkillsRepository } from "../../community/community.ports.js";
import type { Clock, EventLog, PeopleRepository, TopicsRepository } from "../../people/people.ports.js";
import type { Actor } from "../../people/people.types.js";
import { AppError } from "../../shared/errors.js";
import { fillFromWaitList } from "./enrol-training.js";
import { assertRunsTraining, isTech, mentorsTopic, trainingOr404 } from "./training-access.js";
import type { ArticleExistence, TrainingChanges, TrainingsRepository } from "./trainings.ports.js";
import type { Training } from "./trainings.types.js";

/** What a facilitator fills in; the end may be given as a duration or as an end time. */
export interface TrainingInput {
  topicId: number;
  title: string;
  description?: string;
  facilitatorId?: number;
  startsAt: string;
  durationMinutes?: number;
  endsAt?: string;
  place?: string | null;
  videoUrl?: string | null;
  capacity: number;
  materials?: number[];
}

export interface ScheduleDeps {
  trainings: TrainingsRepository;
  articles: ArticleExistence;
  topics: TopicsRepository;
  skills: SkillsRepository;
  people: PeopleRepository;
  events: EventLog;
  clock: Clock;
}

export const MAX_DURATION_MINUTES = 7 * 24 * 60;

/** Minutes between start and end, refusing an end at or before the start and a non-positive duration. */
export function durationOf(startsAt: string, input: { durationMinutes?: number; endsAt?: string }): number {
  const start = Date.parse(startsAt);
  if (Number.isNaN(start)) throw new AppError("VALIDATION_FAILED", "startsAt must be an ISO-8601 date and time.");
  if (input.endsAt !== undefined) {
    const end = Date.parse(input.endsAt);
    if (Number.isNaN(end)) throw new AppError("VALIDATION_FAILED", "endsAt must be an ISO-8601 date and time.");
    if (end <= start) throw new AppError("TRAINING_ENDS_BEFORE_START", "A training must end after it starts.");
    const minutes = Math.round((end - start) / 60_000);
    if (input.durationMinutes !== undefined && input.durationMinutes !== minutes) throw new AppError("VALIDATION_FAILED", "durationMinutes and endsAt disagree; send one of them.");
    return checkedDuration(minutes);
  }
  if (input.durationMinutes === undefined) throw new AppError("VALIDATION_FAILED", "Give durationMinutes or endsAt.");
  return checkedDuration(input.durationMinutes);
}

function checkedDuration(minutes: number): number {
  if (!Number.isInteger(minutes) || minutes <= 0) throw new AppError("INVALID_TRAINING_DURATION", "A training lasts a positive whole number of minutes.");
  if (minutes > MAX_DURATION_MINUTES) throw new AppError("INVALID_TRAINING_DURATION", "A training lasts at most a week.");
  return minutes;
}

function checkCapacity(capacity: number): void {
  if (!Number.isInteger(capacity) || capacity < 1) throw new AppError("INVALID_TRAINING_CAPACITY", "A training has room for at least one person.");
}

function checkFuture(startsAt: string, now: Date): string {
  const start = new Date(startsAt);
  if (start.getTime() <= now.getTime()) throw new AppError("TRAINING_IN_PAST", "A training can only be scheduled to start in the future.");
  return start.toISOString();
}

/** The facilitator runs it: tech may name anyone; anyone else must be tech or mentor the topic (or a parent). */
async function checkFacilitator(deps: ScheduleDeps, actor: Actor, facilitatorId: number, topicId: number): Promise<void> {
  const topics = await deps.topics.list({ includeArchived: true });
  if (facilitatorId === actor.id) {
    if (!isTech(actor) && !(await mentorsTopic(deps.skills, topics, actor.id, topicId))) {
      throw new AppError("FORBIDDEN", "Scheduling a training on this topic needs a mentor skill on it (or the tech role).");
    }
    return;
  }
  if (!isTech(actor)) throw new AppError("FORBIDDEN", "Only the tech team schedules trainings for someone else.");
  const person = await deps.people.findById(facilitatorId);
  if (!person || !person.active) throw new AppError("PERSON_NOT_FOUND", `Person ${facilitatorId} was not found.`);
  if (!isTech(person) && !(await mentorsTopic(deps.skills, topics, facilitatorId, topicId))) {
    throw new AppError("FACILITATOR_NOT_QUALIFIED", `${person.name} needs a mentor skill on the topic to facilitate it.`);
  }
}

async function checkTopicAndMaterials(deps: ScheduleDeps, topicId: number, materials: number[]): Promise<number[]> {
  const topic = await deps.topics.findById(topicId);
  if (!topic || topic.archived) throw new AppError("TOPIC_NOT_FOUND", `Topic ${topicId} was not found.`);
  const unique = [...new Set(materials)];
  const found = new Set(await deps.articles.existing(unique));
  const missing = unique.find((id) => !found.has(id));
  if (missing !== undefined) throw new AppError("ARTICLE_NOT_FOUND", `Article ${missing} was not found.`);
  return unique;
}

/** Tech, or a member who mentors the topic, schedules a training; they facilitate it unless tech names someone. */
export async function scheduleTraining(deps: ScheduleDeps, actor: Actor, input: TrainingInput): Promise<Training> {
  const facilitatorId = input.facilitatorId ?? actor.id;
  await checkFacilitator(deps, actor, facilitatorId, input.topicId);
  const now = deps.clock.now();
  const durationMinutes = durationOf(input.startsAt, input);
  const startsAt = checkFuture(input.startsAt, now);
  checkCapacity(input.capacity);
  const materials = await checkTopicAndMaterials(deps, input.topicId, input.materials ?? []);
  const facilitator = facilitatorId === actor.id ? null : await deps.people.findById(facilitatorId);
  const at = now.toISOString();
  const training = await deps.trainings.create({
    topicId: input.topicId,
    title: input.title.trim(),
    description: (input.description ?? "").trim(),
    facilitatorId,
    campusId: facilitator ? facilitator.campusId : actor.campusId,
    startsAt,
    durationMinutes,
    place: input.place?.trim() || null,
    videoUrl: input.videoUrl?.trim() || null,
    capacity: input.capacity,
    materials,
    createdBy: actor.id,
    at,
  });
  await deps.events.append({ type: "training.scheduled", actorId: actor.id, subjectType: "training", subjectId: training.id, data: { topicId: training.topicId, startsAt }, at });
  return training;
}

/** The facilitator or tech changes a training that has not started; more room moves the wait list up. */
export async function updateTraining(deps: ScheduleDeps, actor: Actor, id: number, input: Partial<TrainingInput>): Promise<Training> {
  const current = await trainingOr404(deps.trainings, id, { lock: true });
  assertRunsTraining(actor, current);
  if (current.status === "cancelled") throw new AppError("TRAINING_CANCELLED", "This training was cancelled.");
  const now = deps.clock.now();
  const changes: TrainingChanges = {};
  if (input.facilitatorId !== undefined || input.topicId !== undefined) {
    const facilitatorId = input.facilitatorId ?? current.facilitatorId;
    await checkFacilitator(deps, actor, facilitatorId, input.topicId ?? current.topicId);
    changes.facilitatorId = facilitatorId;
  }
  if (input.topicId !== undefined || input.materials !== undefined) {
    changes.materials = await checkTopicAndMaterials(deps, input.topicId ?? current.topicId, input.materials ?? current.materials);
    if (input.topicId !== undefined) changes.topicId = input.topicId;
  }
  if (input.startsAt !== undefined) changes.startsAt = checkFuture(input.startsAt, now);
  else if (Date.parse(current.startsAt) <= now.getTime()) throw new AppError("TRAINING_IN_PAST", "A training that has started can't be changed.");
  if (input.startsAt !== undefined || input.durationMinutes !== undefined || input.endsAt !== undefined) {
    const startsAt = changes.startsAt ?? current.startsAt;
    changes.durationMinutes = durationOf(startsAt, input.durationMinutes === undefined && input.endsAt === undefined ? { durationMinutes: current.durationMinutes } : input);
  }
  if (input.capacity !== undefined) {
    checkCapacity(input.capacity);
    changes.capacity = input.capacity;
  }
  if (input.title !== undefined) changes.title = input.title.trim();
  if (input.description !== undefined) changes.description = input.description.trim();
  if (input.place !== undefined) changes.place = input.place?.trim() || null;
  if (input.videoUrl !== undefined) changes.videoUrl = input.videoUrl?.trim() || null;
  const at = now.toISOString();
  await deps.trainings.update(id, changes, at);
  await deps.events.append({ type: "training.updated", actorId: actor.id, subjectType: "training", subjectId: id, data: { fields: Object.keys(changes) }, at });
  if (changes.capacity !== undefined) await fillFromWaitList(deps, id, at);
  return trainingOr404(deps.trainings, id);
}

/** The facilitator or tech calls a training off; it stays listed (and in calendars) as cancelled. */
export async function cancelTraining(deps: Pick<ScheduleDeps, "trainings" | "events" | "clock">, actor: Actor, id: number): Promise<Training> {
  const current = await trainingOr404(deps.trainings, id, { lock: true });
  assertRunsTraining(actor, current);
  if (current.status === "cancelled") return current;
  const at = deps.clock.now().toISOString();
  const training = await deps.trainings.update(id, { status: "cancelled" }, at);
  await deps.events.append({ type: "training.cancelled", actorId: actor.id, subjectType: "training", subjectId: id, at });
  return training;
}
