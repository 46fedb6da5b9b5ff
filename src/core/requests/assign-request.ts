import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { isStudent, isTriager } from "./access.js";
import { isOpen, statusAfterAssign } from "./lifecycle.js";
import { loadWithAccess, recordEvent, type RequestsPorts } from "./request-deps.js";
import type { HelpRequest } from "./requests.types.js";

/**
 * Tech assigns anyone who helps (helper or tech role, or a member of the helper group the request is
 * routed to); a helper (or group member, on the group's requests) takes an unassigned request for
 * themselves or hands back one they hold. Assigning a `new` request triages it. No student ever holds a
 * staff-only request.
 */
export async function assignRequest(
  deps: Pick<RequestsPorts, "requests" | "people" | "events" | "clock">,
  actor: Actor,
  id: number,
  input: { assigneeId: number | null; version?: number },
): Promise<HelpRequest> {
  const { request: current, access } = await loadWithAccess(deps.requests, actor, id);
  if (!isOpen(current.status)) throw new AppError("INVALID_TRANSITION", "Only open requests can be assigned; reopen it first.");
  const triager = isTriager(actor);
  const takes = input.assigneeId === actor.id && current.assigneeId === null;
  const handsBack = input.assigneeId === null && current.assigneeId === actor.id;
  if (!triager && !((takes && access.take) || handsBack)) {
    throw new AppError("FORBIDDEN", "Only the tech team assigns requests; helpers can take unassigned ones for themselves.");
  }
  if (input.assigneeId !== null) {
    const assignee = await deps.people.findById(input.assigneeId);
    const helps = assignee?.roles.some((r) => r === "helper" || r === "tech");
    const onGroup =
      current.groupId !== null && assignee?.active && (await deps.requests.accessFacts(assignee.id)).groups.some((g) => g.groupId === current.groupId);
    if (!assignee?.active || !(helps || onGroup)) {
      throw new AppError("ASSIGNEE_NOT_ELIGIBLE", "Requests can be assigned only to active helpers, tech team members or the group it is routed to.");
    }
    if (current.staffOnly && isStudent(assignee)) throw new AppError("ASSIGNEE_NOT_ELIGIBLE", "A staff-only request can't be assigned to a student.");
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
