import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { isTriager } from "./access.js";
import { isOpen } from "./lifecycle.js";
import { loadVisible, recordEvent, type RequestsPorts } from "./request-deps.js";
import type { MessagesRepository } from "./requests.ports.js";
import type { HelpRequest } from "./requests.types.js";

/**
 * Merges a duplicate into another request: the duplicate is resolved as `duplicate` and points to the
 * kept one, whose conversation gets a note, so nothing said in either is lost.
 */
export async function mergeRequests(
  deps: Pick<RequestsPorts, "requests" | "events" | "clock"> & { messages: MessagesRepository },
  actor: Actor,
  duplicateId: number,
  input: { intoId: number },
): Promise<HelpRequest> {
  if (!isTriager(actor)) throw new AppError("FORBIDDEN", "Merging duplicates is part of triage.");
  if (duplicateId === input.intoId) throw new AppError("CANNOT_MERGE", "A request can't be merged into itself.");
  const duplicate = await loadVisible(deps.requests, actor, duplicateId);
  const kept = await loadVisible(deps.requests, actor, input.intoId);
  if (!isOpen(duplicate.status)) throw new AppError("CANNOT_MERGE", `Request ${duplicateId} is already ${duplicate.status}.`);
  if (kept.mergedIntoId !== null) throw new AppError("CANNOT_MERGE", `Request ${kept.id} was itself merged into ${kept.mergedIntoId}.`);
  const now = deps.clock.now().toISOString();
  const merged = await deps.requests.update(duplicateId, null, { status: "resolved", resolutionKind: "duplicate", resolvedAt: now, mergedIntoId: kept.id, resolverId: null }, now);
  await deps.messages.add({
    requestId: kept.id,
    authorId: actor.id,
    body: `Request #${duplicate.id} "${duplicate.title}" was merged into this one.`,
    internal: true,
    mentions: [],
    createdAt: now,
  });
  await recordEvent(deps, "request.merged", actor, duplicateId, now, { intoId: kept.id });
  await recordEvent(deps, "request.resolved", actor, duplicateId, now, { kind: "duplicate", resolverId: null, mode: duplicate.mode, nature: duplicate.nature, topicId: duplicate.topicId });
  await recordEvent(deps, "request.merged_from", actor, kept.id, now, { fromId: duplicateId });
  return merged;
}
