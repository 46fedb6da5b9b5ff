import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { isTriager } from "./access.js";
import { isOpen, statusAfterAssign } from "./lifecycle.js";
import { loadVisible, recordEvent, type RequestsPorts } from "./request-deps.js";
import type { HelpRequest } from "./requests.types.js";

/**
 * Tech assigns anyone who helps (helper or tech role); a helper takes an unassigned request for
 * themselves or hands back one they hold. Assigning a `new` request triages it.
 */
export async function assignRequest(
  deps: Pick<RequestsPorts, "requests" | "people" | "events" | "clock">,
  actor: Actor,
  id: number,
  input: { assigneeId: number | null; version?: number },
): Promise<HelpRequest> {
  const current = await loadVisible(deps.requests, actor, id);
  if (!isOpen(current.status)) throw new AppError("INVALID_TRANSITION", "Only open requests can be assigned; reopen it first.");
  const triager = isTriager(actor);
  const takes = input.assigneeId === actor.id && current.assigneeId === null;
  const handsBack = input.assigneeId === null && current.assigneeId === actor.id;
  if (!triager && !(actor.roles.includes("helper") && (takes || handsBack))) {
    throw new AppError("FORBIDDEN", "Only the tech team assigns requests; helpers can take unassigned ones for themselves.");
  }
  if (input.assigneeId !== null) {
    const assignee = await deps.people.findById(input.assigneeId);
    if (!assignee?.active || !assignee.roles.some((r) => r === "helper" || r === "tech")) {
      throw new AppError("ASSIGNEE_NOT_ELIGIBLE", "Requests can be assigned only to active helpers or tech team members.");
    }
    if (assignee.id === current.requesterId) throw new AppError("ASSIGNEE_NOT_ELIGIBLE", "A request can't be assigned to the person who asked.");
  }
  if (input.assigneeId === current.assigneeId) return current;
  const now = deps.clock.now().toISOString();
  const status = input.assigneeId === null ? current.status : statusAfterAssign(current.status);
  const updated = await deps.requests.update(id, input.version ?? null, { assigneeId: input.assigneeId, status }, now);
  await recordEvent(deps, "request.assigned", actor, id, now, { assigneeId: input.assigneeId, previousAssigneeId: current.assigneeId });
  if (status !== current.status) await recordEvent(deps, "request.status_changed", actor, id, now, { from: current.status, to: status });
  return updated;
}
