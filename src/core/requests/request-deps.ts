import type { CampusesRepository, Clock, EventLog, PeopleRepository, TopicsRepository } from "../people/people.ports.js";
import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { canSee } from "./access.js";
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
  const request = await requests.findById(id);
  if (!request || !canSee(actor, request)) throw new AppError("REQUEST_NOT_FOUND", `Request ${id} was not found.`);
  return request;
}

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
