import type { Clock, EventLog } from "../../people/people.ports.js";
import type { Actor } from "../../people/people.types.js";
import { AppError } from "../../shared/errors.js";
import { trainingOr404 } from "./training-access.js";
import type { TrainingsRepository } from "./trainings.ports.js";
import type { Enrolment } from "./trainings.types.js";

type Deps = { trainings: TrainingsRepository; events: EventLog; clock: Clock };

/** A person takes a seat, or the next place on the wait list when the training is full. */
export async function enrol(deps: Deps, actor: Actor, trainingId: number): Promise<Enrolment> {
  const training = await trainingOr404(deps.trainings, trainingId, { lock: true });
  if (training.status === "cancelled") throw new AppError("TRAINING_CANCELLED", "This training was cancelled.");
  const now = deps.clock.now();
  if (Date.parse(training.startsAt) <= now.getTime()) throw new AppError("TRAINING_IN_PAST", "This training has already started.");
  const all = await deps.trainings.enrolments(trainingId);
  const mine = all.find((e) => e.personId === actor.id);
  if (mine && mine.status !== "cancelled") {
    throw new AppError("ALREADY_ENROLLED", mine.status === "waiting" ? `You are already on the wait list (place ${mine.position}).` : "You are already enrolled.");
  }
  const seated = all.filter((e) => e.status === "enrolled").length;
  const waiting = all.filter((e) => e.status === "waiting");
  const at = now.toISOString();
  const place = seated < training.capacity ? { status: "enrolled" as const, position: null } : { status: "waiting" as const, position: Math.max(0, ...waiting.map((e) => e.position ?? 0)) + 1 };
  await deps.trainings.saveEnrolment({ trainingId, personId: actor.id, ...place, at });
  await deps.events.append({ type: place.status === "enrolled" ? "training.enrolled" : "training.waitlisted", actorId: actor.id, subjectType: "training", subjectId: trainingId, data: { personId: actor.id, position: place.position }, at });
  return (await deps.trainings.enrolment(trainingId, actor.id))!;
}

/** A person gives up their seat or wait-list place; the first one waiting moves up at once. */
export async function cancelEnrolment(deps: Deps, actor: Actor, trainingId: number): Promise<void> {
  const training = await trainingOr404(deps.trainings, trainingId, { lock: true });
  const mine = await deps.trainings.enrolment(trainingId, actor.id);
  if (!mine || mine.status === "cancelled") throw new AppError("ENROLMENT_NOT_FOUND", "You are not enrolled on this training.");
  if (Date.parse(training.startsAt) <= deps.clock.now().getTime()) throw new AppError("TRAINING_IN_PAST", "This training has already started.");
  const at = deps.clock.now().toISOString();
  await deps.trainings.saveEnrolment({ trainingId, personId: actor.id, status: "cancelled", position: null, at });
  await deps.events.append({ type: "training.enrolment_cancelled", actorId: actor.id, subjectType: "training", subjectId: trainingId, data: { personId: actor.id, was: mine.status }, at });
  await fillFromWaitList(deps, trainingId, at);
}

/**
 * Moves people up from the wait list into free seats, first come first served, and renumbers the rest
 * from 1. Each promotion appends `training.promoted` so the person hears about it.
 */
export async function fillFromWaitList(deps: Pick<Deps, "trainings" | "events">, trainingId: number, at: string): Promise<number[]> {
  const training = await trainingOr404(deps.trainings, trainingId);
  if (training.status === "cancelled") return [];
  const all = await deps.trainings.enrolments(trainingId);
  let free = training.capacity - all.filter((e) => e.status === "enrolled").length;
  const waiting = all.filter((e) => e.status === "waiting").sort((a, b) => (a.position ?? 0) - (b.position ?? 0) || a.createdAt.localeCompare(b.createdAt));
  const promoted: number[] = [];
  let position = 0;
  for (const e of waiting) {
    if (free > 0) {
      free -= 1;
      promoted.push(e.personId);
      await deps.trainings.saveEnrolment({ trainingId, personId: e.personId, status: "enrolled", position: null, at });
      await deps.events.append({ type: "training.promoted", actorId: null, subjectType: "training", subjectId: trainingId, data: { personId: e.personId }, at });
    } else {
      position += 1;
      if (e.position !== position) await deps.trainings.saveEnrolment({ trainingId, personId: e.personId, status: "waiting", position, at });
    }
  }
  return promoted;
}
