import { withDescendants } from "../../community/find-helpers.js";
import type { Clock, TopicsRepository } from "../../people/people.ports.js";
import type { Actor } from "../../people/people.types.js";
import { assertRunsTraining, isTech, trainingOr404 } from "./training-access.js";
import type { TopicRequestSource, TrainingsRepository } from "./trainings.ports.js";
import { DAY_MS, type TopicRequest, type Training, WINDOW_DAYS } from "./trainings.types.js";

/** Requests on the topic by one group of people before and after a training. */
export interface GroupEffect {
  people: number;
  requestsBefore: number;
  requestsAfter: number;
  /** Requests per person in each window, to two decimals (0 when the group is empty). */
  perPersonBefore: number;
  perPersonAfter: number;
  /** perPersonAfter − perPersonBefore: negative means fewer requests after. */
  change: number;
}

export interface TrainingEffect {
  trainingId: number;
  topicIds: number[];
  windowDays: number;
  before: { from: string; to: string };
  after: { from: string; to: string };
  /** False while the after-window is still running: the figures can still grow. */
  complete: boolean;
  attendees: GroupEffect;
  /** People who did not attend (the facilitator aside) but asked on the topic in either window. */
  nonAttendees: GroupEffect;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The before/after figures of a training (DESIGN.md "Growth"): requests on its topic (and subtopics)
 * in the 90 days before it starts, `[start − 90d, start)`, and the 90 days after it ends,
 * `[end, end + 90d)`, for those who attended and, as a comparison, for the others who asked.
 */
export function computeEffect(
  training: Pick<Training, "id" | "startsAt" | "endsAt" | "facilitatorId">,
  topicIds: number[],
  attendeeIds: readonly number[],
  requests: readonly Pick<TopicRequest, "requesterId" | "topicId" | "createdAt">[],
  now: Date,
): TrainingEffect {
  const start = Date.parse(training.startsAt);
  const end = Date.parse(training.endsAt);
  const window = WINDOW_DAYS * DAY_MS;
  const before = { from: new Date(start - window).toISOString(), to: new Date(start).toISOString() };
  const after = { from: new Date(end).toISOString(), to: new Date(end + window).toISOString() };
  const topics = new Set(topicIds);
  const attendees = new Set(attendeeIds);
  const counts = new Map<number, { before: number; after: number }>();
  for (const r of requests) {
    if (!topics.has(r.topicId)) continue;
    const at = Date.parse(r.createdAt);
    const side = at >= start - window && at < start ? "before" : at >= end && at < end + window ? "after" : null;
    if (!side) continue;
    const c = counts.get(r.requesterId) ?? { before: 0, after: 0 };
    c[side] += 1;
    counts.set(r.requesterId, c);
  }
  const group = (ids: number[]): GroupEffect => {
    let requestsBefore = 0;
    let requestsAfter = 0;
    for (const id of ids) {
      requestsBefore += counts.get(id)?.before ?? 0;
      requestsAfter += counts.get(id)?.after ?? 0;
    }
    const people = ids.length;
    const perPersonBefore = people ? round2(requestsBefore / people) : 0;
    const perPersonAfter = people ? round2(requestsAfter / people) : 0;
    return { people, requestsBefore, requestsAfter, perPersonBefore, perPersonAfter, change: round2(perPersonAfter - perPersonBefore) };
  };
  const others = [...counts.keys()].filter((id) => !attendees.has(id) && id !== training.facilitatorId);
  return {
    trainingId: training.id,
    topicIds: [...topicIds],
    windowDays: WINDOW_DAYS,
    before,
    after,
    complete: now.getTime() >= end + window,
    attendees: group([...attendees]),
    nonAttendees: group(others),
  };
}

/** A training's effect, for its facilitator, tech and leaders (it names no one). */
export async function trainingEffect(
  deps: { trainings: TrainingsRepository; topics: TopicsRepository; requests: TopicRequestSource; clock: Clock },
  actor: Actor,
  trainingId: number,
): Promise<TrainingEffect> {
  const training = await trainingOr404(deps.trainings, trainingId);
  if (!actor.roles.includes("leader") && !isTech(actor)) assertRunsTraining(actor, training);
  const topicIds = withDescendants(await deps.topics.list({ includeArchived: true }), training.topicId);
  const attendees = (await deps.trainings.enrolments(trainingId)).filter((e) => e.attended).map((e) => e.personId);
  const start = Date.parse(training.startsAt);
  const end = Date.parse(training.endsAt);
  const window = WINDOW_DAYS * DAY_MS;
  const requests = await deps.requests.onTopics(topicIds, new Date(start - window).toISOString(), new Date(end + window).toISOString());
  return computeEffect(training, topicIds, attendees, requests, deps.clock.now());
}
