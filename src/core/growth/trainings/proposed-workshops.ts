import type { Clock, TopicsRepository } from "../../people/people.ports.js";
import type { Actor, Topic } from "../../people/people.types.js";
import { AppError } from "../../shared/errors.js";
import { isTech } from "./training-access.js";
import type { TopicRequestSource, TrainingsRepository } from "./trainings.ports.js";
import { DAY_MS, type TopicRequest, type Training, WINDOW_DAYS } from "./trainings.types.js";

/** A topic people keep asking about, as a candidate workshop. */
export interface ProposedWorkshop {
  topicId: number;
  topicName: string;
  /** People who asked on the topic at least twice in the window. */
  people: number;
  /** Requests those repeat askers made on the topic. */
  requests: number;
  /** The most frequent request title on the topic (normalized), with how often it was used. */
  commonPhrasing: string;
  phrasingCount: number;
  nextTraining: Training | null;
  /** A ready draft for the one-click schedule (POST /trainings with a start, duration and capacity added). */
  draft: { topicId: number; title: string; description: string };
}

/** Lower case, single spaces, no trailing punctuation: "Reset my password?!" and "reset my  password" match. */
export function normalizePhrasing(title: string): string {
  return title.toLowerCase().replace(/\s+/g, " ").trim().replace(/[\s.,;:!?]+$/u, "");
}

/**
 * Ranks topics by repeat requests (pure): per topic, the people with ≥ 2 requests on it, then their
 * request count, then the topic's name. Requests are counted on the topic they were filed under.
 */
export function rankProposedWorkshops(
  requests: readonly Pick<TopicRequest, "requesterId" | "topicId" | "title">[],
  topics: readonly Pick<Topic, "id" | "name" | "archived">[],
): Omit<ProposedWorkshop, "nextTraining">[] {
  const byTopic = new Map<number, Pick<TopicRequest, "requesterId" | "title">[]>();
  for (const r of requests) byTopic.set(r.topicId, [...(byTopic.get(r.topicId) ?? []), r]);
  const names = new Map(topics.filter((t) => !t.archived).map((t) => [t.id, t.name]));
  const out: Omit<ProposedWorkshop, "nextTraining">[] = [];
  for (const [topicId, list] of byTopic) {
    const topicName = names.get(topicId);
    if (topicName === undefined) continue;
    const perPerson = new Map<number, number>();
    for (const r of list) perPerson.set(r.requesterId, (perPerson.get(r.requesterId) ?? 0) + 1);
    const repeaters = [...perPerson.values()].filter((n) => n >= 2);
    if (repeaters.length === 0) continue;
    const phrasings = new Map<string, number>();
    for (const r of list) {
      const p = normalizePhrasing(r.title);
      if (p) phrasings.set(p, (phrasings.get(p) ?? 0) + 1);
    }
    const [commonPhrasing, phrasingCount] = [...phrasings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ["", 0];
    out.push({
      topicId,
      topicName,
      people: repeaters.length,
      requests: repeaters.reduce((a, b) => a + b, 0),
      commonPhrasing,
      phrasingCount,
      draft: { topicId, title: `Workshop: ${topicName}`, description: `People keep asking: "${commonPhrasing}".` },
    });
  }
  return out.sort((a, b) => b.people - a.people || b.requests - a.requests || a.topicName.localeCompare(b.topicName));
}

/** Tech's list of workshops worth running, from the last 90 days of requests, with any training already planned. */
export async function proposedWorkshops(
  deps: { trainings: TrainingsRepository; topics: TopicsRepository; requests: TopicRequestSource; clock: Clock },
  actor: Actor,
  limit = 20,
): Promise<ProposedWorkshop[]> {
  if (!isTech(actor)) throw new AppError("FORBIDDEN", "Proposed workshops are for the tech team.");
  const now = deps.clock.now();
  const requests = await deps.requests.between(new Date(now.getTime() - WINDOW_DAYS * DAY_MS).toISOString(), now.toISOString());
  const ranked = rankProposedWorkshops(requests, await deps.topics.list({ includeArchived: true })).slice(0, limit);
  const result: ProposedWorkshop[] = [];
  for (const p of ranked) result.push({ ...p, nextTraining: await nextScheduledOn(deps.trainings, p.topicId, now) });
  return result;
}

/** The next training on a topic that has not started and is not cancelled. */
export async function nextScheduledOn(trainings: TrainingsRepository, topicId: number, now: Date): Promise<Training | null> {
  return (await trainings.list({ topicIds: [topicId], from: new Date(now.getTime() + 1).toISOString(), includeCancelled: false, limit: 1 }))[0] ?? null;
}
