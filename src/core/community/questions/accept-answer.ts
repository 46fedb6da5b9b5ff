import type { Actor } from "../../people/people.types.js";
import { assertTransition } from "../../requests/lifecycle.js";
import { loadVisible, recordEvent, type RequestsPorts } from "../../requests/request-deps.js";
import type { MessagesRepository } from "../../requests/requests.ports.js";
import type { HelpRequest } from "../../requests/requests.types.js";
import { AppError } from "../../shared/errors.js";

/**
 * The requester accepts an answer: a public message on the request by someone else. That resolves it as
 * `guided` and credits the answer's author (assignee and resolver), so community help counts like any other.
 */
export async function acceptAnswer(
  deps: Pick<RequestsPorts, "requests" | "events" | "clock"> & { messages: MessagesRepository },
  actor: Actor,
  requestId: number,
  input: { messageId: number; version?: number },
): Promise<HelpRequest> {
  const current = await loadVisible(deps.requests, actor, requestId);
  if (current.requesterId !== actor.id) throw new AppError("FORBIDDEN", "Only the person who asked can accept an answer.");
  const answer = await deps.messages.findById(input.messageId);
  // An internal note is not an answer the requester could have read: same as one that doesn't exist.
  if (!answer || answer.requestId !== requestId || answer.internal) throw new AppError("ANSWER_NOT_FOUND", `Answer ${input.messageId} was not found on this request.`);
  if (answer.authorId === actor.id) throw new AppError("ANSWER_NOT_ACCEPTABLE", "Accept someone else's answer; to say you solved it yourself, resolve it as self-solved.");
  assertTransition(current.status, "resolved");
  const now = deps.clock.now().toISOString();
  const updated = await deps.requests.update(
    requestId,
    input.version ?? null,
    { status: "resolved", resolutionKind: "guided", resolvedAt: now, assigneeId: answer.authorId, resolverId: answer.authorId, acceptedMessageId: answer.id },
    now,
  );
  await recordEvent(deps, "request.answer_accepted", actor, requestId, now, { messageId: answer.id, authorId: answer.authorId });
  await recordEvent(deps, "request.resolved", actor, requestId, now, {
    kind: "guided",
    resolverId: answer.authorId,
    mode: current.mode,
    nature: current.nature,
    topicId: current.topicId,
  });
  return updated;
}
