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
  input: { assigneeId: number | null; version?: number; mentorId?: number | null },
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
  // A learner paired with a mentor on a guidance request (DESIGN "Routing"): triage sets the pair.
  const mentorId = input.mentorId === undefined ? (input.assigneeId === current.assigneeId ? current.mentorId : null) : input.mentorId;
  if (mentorId !== null && mentorId !== current.mentorId) {
    if (!triager) throw new AppError("FORBIDDEN", "Pairing a mentor is part of triage.");
    const mentor = await deps.people.findById(mentorId);
    if (!mentor?.active || !mentor.roles.some((r) => r === "helper" || r === "tech") || mentor.id === current.requesterId || mentor.id === input.assigneeId) {
      throw new AppError("ASSIGNEE_NOT_ELIGIBLE", "A mentor must be an active helper or tech team member other than the asker and the helper.");
    }
    if (current.staffOnly && isStudent(mentor)) throw new AppError("ASSIGNEE_NOT_ELIGIBLE", "A staff-only request can't be paired with a student.");
  }
  if (input.assigneeId === current.assigneeId && mentorId === current.mentorId) return current;
  const now = deps.clock.now().toISOString();
  const status = input.assigneeId === null ? current.status : statusAfterAssign(current.status);
  const updated = await deps.requests.update(id, input.version ?? null, { assigneeId: input.assigneeId, status, mentorId: input.assigneeId === null ? null : mentorId }, now);
  await recordEvent(deps, "request.assigned", actor, id, now, {
    assigneeId: input.assigneeId,
    previousAssigneeId: current.assigneeId,
    ...(mentorId !== null && input.assigneeId !== null && { mentorId }),
  });
  if (status !== current.status) await recordEvent(deps, "request.status_changed", actor, id, now, { from: current.status, to: status });
  return updated;
}
