import type { TopicsRepository } from "../people/people.ports.js";
import type { Actor, Topic } from "../people/people.types.js";
import { isTriager } from "../requests/access.js";
import { loadVisible } from "../requests/request-deps.js";
import type { RequestsRepository } from "../requests/requests.ports.js";
import type { HelpRequest } from "../requests/requests.types.js";
import { AppError } from "../shared/errors.js";
import type { DirectoryFilter, DirectoryRepository, RoutingDataSource } from "./community.ports.js";
import { WEEKDAYS, type HelperProposal, type SkillLevel, type Weekday } from "./community.types.js";
import { proposeHelpers } from "./routing/route-request.js";

/** Resolutions in this many past days make up a helper's "recent share". */
export const RECENT_DAYS = 60;

/** Routing proposals for a request, best first, with reasons (tech and admin: it is part of triage). */
export async function helpersFor(
  deps: { requests: RequestsRepository; topics: TopicsRepository; routing: RoutingDataSource },
  actor: Actor,
  requestId: number,
  options: { limit?: number; weekday?: Weekday } = {},
): Promise<HelperProposal[]> {
  const request = await loadVisible(deps.requests, actor, requestId);
  if (!isTriager(actor)) throw new AppError("FORBIDDEN", "Routing proposals are part of triage.");
  return propose(deps, request, options);
}

/** The ranking itself, for triage screens and auto-assignment alike. */
export async function propose(
  deps: { topics: TopicsRepository; routing: RoutingDataSource },
  request: HelpRequest & { staffOnly?: boolean },
  options: { limit?: number; weekday?: Weekday; at?: string } = {},
): Promise<HelperProposal[]> {
  const at = options.at ?? new Date().toISOString();
  const inputs = await routingInputs(deps, at);
  // Students help only where they may see: never on staff-only requests.
  const candidates = request.staffOnly ? inputs.candidates.filter((c) => c.kind !== "student") : inputs.candidates;
  return proposeHelpers(
    {
      requesterId: request.requesterId,
      topicId: request.topicId,
      topicAncestors: ancestorsOf(inputs.topics, request.topicId),
      mode: request.mode,
      nature: request.nature,
      weekday: options.weekday ?? inputs.weekday,
    },
    candidates,
    { topicNames: inputs.topicNames, limit: options.limit },
  );
}

/** What every ranking weighs besides the request itself: the topic tree and the candidates as of `at`. */
export async function routingInputs(deps: { topics: TopicsRepository; routing: RoutingDataSource }, at: string) {
  const [topics, candidates] = await Promise.all([deps.topics.list({ includeArchived: true }), deps.routing.candidates({ at, recentDays: RECENT_DAYS })]);
  return { topics, candidates, topicNames: new Map(topics.map((t) => [t.id, t.name])), weekday: WEEKDAYS[(new Date(at).getUTCDay() + 6) % 7]! };
}

/** A topic's ancestors, nearest first (cycles are refused when topics move, but stop anyway). */
export function ancestorsOf(topics: readonly Topic[], topicId: number): number[] {
  const byId = new Map(topics.map((t) => [t.id, t]));
  const result: number[] = [];
  for (let at = byId.get(topicId)?.parentId ?? null; at !== null && !result.includes(at); at = byId.get(at)?.parentId ?? null) result.push(at);
  return result;
}

/** Topic ids of a topic and all its descendants, so "Google Classroom" finds Grading experts too. */
export function withDescendants(topics: readonly Topic[], topicId: number): number[] {
  const result = [topicId];
  for (let i = 0; i < result.length; i++) for (const t of topics) if (t.parentId === result[i] && !result.includes(t.id)) result.push(t.id);
  return result;
}

/**
 * "Who can show me Google Classroom grading?": people by skill or interest. Students appear only to
 * tech and admin (a student's profile isn't for the whole school).
 */
export async function searchDirectory(
  deps: { directory: DirectoryRepository; topics: TopicsRepository },
  actor: Actor,
  input: { topicId?: number; level?: SkillLevel; interestTopicId?: number; campusId?: number; q?: string; limit: number; at: string },
) {
  if (actor.kind === "student" && !actor.roles.includes("helper")) throw new AppError("FORBIDDEN", "The community directory is for staff and helpers.");
  const topics = await deps.topics.list({ includeArchived: true });
  const filter: DirectoryFilter = {
    topicIds: input.topicId !== undefined ? withDescendants(topics, input.topicId) : undefined,
    level: input.level,
    interestTopicIds: input.interestTopicId !== undefined ? withDescendants(topics, input.interestTopicId) : undefined,
    campusId: input.campusId,
    q: input.q,
    includeStudents: isTriager(actor),
    limit: input.limit,
  };
  return deps.directory.find(filter, input.at);
}
