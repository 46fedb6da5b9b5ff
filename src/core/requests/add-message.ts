import type { PeopleRepository } from "../people/people.ports.js";
import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { accessTo } from "./access.js";
import { factsFor, loadWithAccess, recordEvent, type RequestsPorts } from "./request-deps.js";
import type { MessagesRepository } from "./requests.ports.js";
import type { Message } from "./requests.types.js";

export const MAX_MESSAGE_LENGTH = 20_000;

/**
 * A public reply or an internal note. A reply from whoever handles the request is its first response;
 * a reply from the requester to a request waiting on them puts it back in progress. People who see a
 * community question may post public answers (never internal notes).
 */
export async function addMessage(
  deps: Pick<RequestsPorts, "requests" | "events" | "clock"> & { messages: MessagesRepository; people: PeopleRepository },
  actor: Actor,
  requestId: number,
  input: { body: string; internal?: boolean; mentions?: number[] },
): Promise<Message> {
  const { request, access } = await loadWithAccess(deps.requests, actor, requestId);
  const body = input.body.trim();
  if (!body) throw new AppError("VALIDATION_FAILED", "A message can't be empty.");
  if (body.length > MAX_MESSAGE_LENGTH) throw new AppError("VALIDATION_FAILED", `A message may have at most ${MAX_MESSAGE_LENGTH} characters.`);
  const internal = input.internal === true;
  if (internal && !access.internal) throw new AppError("FORBIDDEN", "Internal notes are for helpers and the tech team.");
  if (request.status === "closed") throw new AppError("INVALID_TRANSITION", "This request is closed; ask a new one instead.");

  // Mention only people who can read what is written: an internal note can't reach the requester.
  const mentions: number[] = [];
  for (const id of new Set(input.mentions ?? [])) {
    const person = await deps.people.findById(id);
    const theirs = person?.active ? accessTo(asActor(person), request, await factsFor(deps.requests, asActor(person), request)) : null;
    const mayRead = theirs && (internal ? theirs.internal : theirs.see);
    if (!mayRead) throw new AppError("VALIDATION_FAILED", `Person ${id} can't be mentioned here.`);
    mentions.push(id);
  }

  const now = deps.clock.now().toISOString();
  const message = await deps.messages.add({ requestId, authorId: actor.id, body, internal, mentions, createdAt: now });
  await recordEvent(deps, "request.message_added", actor, requestId, now, { messageId: message.id, internal, mentions });

  const isRequester = actor.id === request.requesterId;
  if (!internal && !isRequester && access.work && request.firstResponseAt === null) {
    await deps.requests.update(requestId, null, { firstResponseAt: now }, now);
  }
  if (!internal && isRequester && request.status === "waiting") {
    await deps.requests.update(requestId, null, { status: "in_progress" }, now);
    await recordEvent(deps, "request.status_changed", actor, requestId, now, { from: "waiting", to: "in_progress", reason: "requester_replied" });
  }
  return message;
}

const asActor = (person: { id: number; roles: Actor["roles"]; kind: Actor["kind"]; campusId: number | null }): Actor => ({
  id: person.id,
  roles: person.roles,
  kind: person.kind,
  campusId: person.campusId,
});
