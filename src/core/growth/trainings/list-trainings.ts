import type { Clock, TopicsRepository } from "../../people/people.ports.js";
import type { Actor } from "../../people/people.types.js";
import { withDescendants } from "../../community/find-helpers.js";
import { AppError } from "../../shared/errors.js";
import { assertRunsTraining, trainingOr404 } from "./training-access.js";
import type { TrainingsRepository } from "./trainings.ports.js";
import { DAY_MS, type Enrolment, type Training, type TrainingView, WINDOW_DAYS } from "./trainings.types.js";

export interface TrainingQuery {
  topicId?: number;
  from?: string;
  to?: string;
  /** Only trainings I facilitate or hold a place on. */
  mine?: boolean;
  includeCancelled?: boolean;
  limit?: number;
}

type Deps = { trainings: TrainingsRepository; topics: TopicsRepository; clock: Clock };

/**
 * Trainings by start time: by default the upcoming ones and those of the last 90 days (so their
 * effect can be read), optionally on a topic (and its subtopics) or within dates.
 */
export async function listTrainings(deps: Deps, actor: Actor, query: TrainingQuery): Promise<TrainingView[]> {
  const now = deps.clock.now();
  const from = query.from ?? new Date(now.getTime() - WINDOW_DAYS * DAY_MS).toISOString();
  if (query.to !== undefined && query.to <= from) throw new AppError("VALIDATION_FAILED", "`to` must be after `from`.");
  let topicIds: number[] | undefined;
  if (query.topicId !== undefined) {
    const topics = await deps.topics.list({ includeArchived: true });
    if (!topics.some((t) => t.id === query.topicId)) throw new AppError("TOPIC_NOT_FOUND", `Topic ${query.topicId} was not found.`);
    topicIds = withDescendants(topics, query.topicId);
  }
  const trainings = await deps.trainings.list({
    from: new Date(from).toISOString(),
    ...(query.to !== undefined && { to: new Date(query.to).toISOString() }),
    ...(topicIds && { topicIds }),
    ...(query.mine && { personId: actor.id }),
    includeCancelled: query.includeCancelled ?? true,
    limit: query.limit ?? 100,
  });
  return withMyPlace(deps.trainings, actor.id, trainings);
}

/** One training as the caller sees it. */
export async function getTraining(deps: Pick<Deps, "trainings">, actor: Actor, id: number): Promise<TrainingView> {
  const training = await trainingOr404(deps.trainings, id);
  return (await withMyPlace(deps.trainings, actor.id, [training]))[0]!;
}

/** Who is coming and who is waiting, for the facilitator and tech. */
export async function listEnrolments(deps: Pick<Deps, "trainings">, actor: Actor, id: number): Promise<Enrolment[]> {
  const training = await trainingOr404(deps.trainings, id);
  assertRunsTraining(actor, training);
  return deps.trainings.enrolments(id);
}

async function withMyPlace(trainings: TrainingsRepository, personId: number, list: Training[]): Promise<TrainingView[]> {
  const mine = new Map((await trainings.enrolmentsOf(personId, list.map((t) => t.id))).map((e) => [e.trainingId, e]));
  return list.map((t) => {
    const e = mine.get(t.id);
    return { ...t, myEnrolment: e && e.status !== "cancelled" ? { status: e.status, position: e.position, attended: e.attended } : null };
  });
}
