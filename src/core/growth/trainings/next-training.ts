import type { Clock } from "../../people/people.ports.js";
import type { Actor } from "../../people/people.types.js";
import { AppError } from "../../shared/errors.js";
import { nextScheduledOn } from "./proposed-workshops.js";
import type { TopicRequestSource, TrainingsRepository } from "./trainings.ports.js";
import { DAY_MS, type Training, WINDOW_DAYS } from "./trainings.types.js";

/** Requests on the same topic that make someone a repeat asker. */
export const REPEAT_ASKS = 2;

export interface NextTrainingHint {
  /** The requester's requests on the topic in the 90 days up to now (this one included). */
  requestsOnTopic: number;
  repeatAsker: boolean;
  /** The next training on the topic, shown only to a repeat asker. */
  training: Training | null;
}

/**
 * "From need to workshop": a requester who asked on the same topic at least twice in 90 days is
 * pointed to the next training on it. Only the requester sees this; anyone else gets REQUEST_NOT_FOUND.
 */
export async function nextTrainingFor(
  deps: { trainings: TrainingsRepository; requests: TopicRequestSource; clock: Clock },
  actor: Actor,
  requestId: number,
): Promise<NextTrainingHint> {
  const request = await deps.requests.findById(requestId);
  if (!request || request.requesterId !== actor.id) throw new AppError("REQUEST_NOT_FOUND", `Request ${requestId} was not found.`);
  return nextTrainingForTopic(deps, request.requesterId, request.topicId);
}

/** The same hint for a person and topic, as request pages and confirmation mails use it. */
export async function nextTrainingForTopic(
  deps: { trainings: TrainingsRepository; requests: TopicRequestSource; clock: Clock },
  personId: number,
  topicId: number,
): Promise<NextTrainingHint> {
  const now = deps.clock.now();
  const recent = await deps.requests.onTopics([topicId], new Date(now.getTime() - WINDOW_DAYS * DAY_MS).toISOString(), new Date(now.getTime() + 1).toISOString());
  const requestsOnTopic = recent.filter((r) => r.requesterId === personId).length;
  const repeatAsker = requestsOnTopic >= REPEAT_ASKS;
  return { requestsOnTopic, repeatAsker, training: repeatAsker ? await nextScheduledOn(deps.trainings, topicId, now) : null };
}
