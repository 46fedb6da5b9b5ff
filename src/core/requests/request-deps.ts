import type { CampusesRepository, Clock, EventLog, PeopleRepository, TopicsRepository } from "../people/people.ports.js";
import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { type AccessFacts, accessTo, canSee, NO_FACTS, needsFacts, type RequestAccess } from "./access.js";
import type { ModeExamplesRepository, RequestsRepository } from "./requests.ports.js";
import type { HelpRequest, ModeSuggestion, Mode } from "./requests.types.js";

/** Proposes a mode (and, when it can, a topic) from a request's words. */
export interface ModeSuggester {
  suggest(input: { title?: string; text: string }): Promise<ModeSuggestion & { topicId: number | null }>;
}

export type RequestsPorts = {
  requests: RequestsRepository;
  people: PeopleRepository;
  topics: TopicsRepository;
  campuses: CampusesRepository;
  events: EventLog;
  examples: ModeExamplesRepository;
  clock: Clock;
};

/** Loads a request the actor may see; anything else is REQUEST_NOT_FOUND, with no hint it exists. */
export async function loadVisible(requests: RequestsRepository, actor: Actor, id: number): Promise<HelpRequest> {
  return (await loadWithAccess(requests, actor, id)).request;
}

/** Like loadVisible, with what the actor may do with it (access.ts), facts fetched only when they matter. */
export async function loadWithAccess(
  requests: RequestsRepository,
  actor: Actor,
  id: number,
): Promise<{ request: HelpRequest; access: RequestAccess; facts: AccessFacts }> {
  const request = await requests.findById(id);
  if (!request) throw new AppError("REQUEST_NOT_FOUND", `Request ${id} was not found.`);
  const facts = await factsFor(requests, actor, request);
  const access = accessTo(actor, request, facts);
  if (!access.see) throw new AppError("REQUEST_NOT_FOUND", `Request ${id} was not found.`);
  return { request, access, facts };
}

/** The requests with these ids that the actor may see, in one query; facts are read once, if any needs them. */
export async function loadVisibleMany(requests: RequestsRepository, actor: Actor, ids: readonly number[]): Promise<HelpRequest[]> {
  const found = await requests.findByIds([...new Set(ids)]);
  const facts = found.some((r) => needsFacts(actor, r)) ? await requests.accessFacts(actor.id) : NO_FACTS;
  return found.filter((r) => canSee(actor, r, facts));
}

/** The access facts of a person, when this request's visibility can depend on them. */
export const factsFor = (requests: RequestsRepository, actor: Actor, request: HelpRequest): Promise<AccessFacts> =>
  needsFacts(actor, request) ? requests.accessFacts(actor.id) : Promise.resolve(NO_FACTS);

export async function recordEvent(
  deps: { events: EventLog },
  type: string,
  actor: Actor | null,
  requestId: number,
  at: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  await deps.events.append({ type, actorId: actor?.id ?? null, subjectType: "request", subjectId: requestId, data, at });
}

/** The text a classifier reads for a request. */
export const classifierText = (request: { title: string; description: string }) => `${request.title}\n${request.description}`;

export type { Mode };
