import type { Clock, EventLog, TopicsRepository } from "../people/people.ports.js";
import { statusAfterAssign } from "../requests/lifecycle.js";
import type { RequestsRepository } from "../requests/requests.ports.js";
import type { HelpRequest } from "../requests/requests.types.js";
import type { RoutingDataSource } from "./community.ports.js";
import { propose } from "./find-helpers.js";

/**
 * On a topic set to auto-assign, a new request goes straight to the router's top proposal (a learner
 * with a paired mentor keeps the mentor). Nothing happens when nobody is eligible: it waits for triage.
 */
export async function autoAssign(
  deps: { requests: RequestsRepository; topics: TopicsRepository; routing: RoutingDataSource; events: EventLog; clock: Clock },
  request: HelpRequest,
): Promise<HelpRequest> {
  const topic = await deps.topics.findById(request.topicId);
  if (!topic?.autoAssign || request.assigneeId !== null) return request;
  const at = deps.clock.now().toISOString();
  const [top] = await propose(deps, request, { limit: 1, at });
  if (!top) return request;
  const status = statusAfterAssign(request.status);
  const updated = await deps.requests.update(request.id, null, { assigneeId: top.personId, mentorId: top.pairWith?.personId ?? null, status }, at);
  const data = { assigneeId: top.personId, previousAssigneeId: null, auto: true, score: top.score, reasons: top.reasons };
  await deps.events.append({ type: "request.assigned", actorId: null, subjectType: "request", subjectId: request.id, data, at });
  if (status !== request.status) await deps.events.append({ type: "request.status_changed", actorId: null, subjectType: "request", subjectId: request.id, data: { from: request.status, to: status }, at });
  return updated;
}
