import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { isTriager } from "./access.js";
import { assertTransition } from "./lifecycle.js";
import { loadVisible, loadWithAccess, recordEvent, type RequestsPorts } from "./request-deps.js";
import type { HelpRequest, ResolutionKind, SelfReliance } from "./requests.types.js";

/** What a requester may resolve their own request as: they solved it, or it's no longer needed. */
const REQUESTER_KINDS: readonly ResolutionKind[] = ["self_solved", "not_needed"];

/** At most a school week of minutes on one request; more is a typo. */
export const MAX_MINUTES_SPENT = 10_000;

/**
 * Resolves with a resolution kind. The helper holding the request is credited; when the requester
 * resolves it themselves, no helper is. The helper may say how many minutes it took (portfolios sum them).
 */
export async function resolveRequest(
  deps: Pick<RequestsPorts, "requests" | "events" | "clock">,
  actor: Actor,
  id: number,
  input: { kind: ResolutionKind; version?: number; minutesSpent?: number | null },
): Promise<HelpRequest> {
  const { request: current, access } = await loadWithAccess(deps.requests, actor, id);
  const isRequester = current.requesterId === actor.id;
  const worker = access.work;
  if (!worker && !(isRequester && REQUESTER_KINDS.includes(input.kind))) {
    throw new AppError(
      "FORBIDDEN",
      isRequester ? "You can mark your own request as solved by yourself or no longer needed." : "Only the person handling this request can resolve it.",
    );
  }
  if (input.kind === "duplicate" && !isTriager(actor)) throw new AppError("FORBIDDEN", "Merge duplicates through triage.");
  assertTransition(current.status, "resolved");
  const minutes = input.minutesSpent;
  if (minutes != null && !(Number.isInteger(minutes) && minutes >= 0 && minutes <= MAX_MINUTES_SPENT)) {
    throw new AppError("VALIDATION_FAILED", `Minutes spent is a whole number from 0 to ${MAX_MINUTES_SPENT}.`);
  }
  const now = deps.clock.now().toISOString();
  const resolverId = input.kind === "self_solved" || input.kind === "not_needed" ? null : (current.assigneeId ?? (isRequester ? null : actor.id));
  const updated = await deps.requests.update(id, input.version ?? null, {
    status: "resolved",
    resolutionKind: input.kind,
    resolvedAt: now,
    resolverId,
    ...(minutes !== undefined && { minutesSpent: minutes }),
  }, now);
  await recordEvent(deps, "request.resolved", actor, id, now, { kind: input.kind, resolverId, mentorId: current.mentorId, mode: current.mode, nature: current.nature, topicId: current.topicId });
  return updated;
}

/** The requester answers "Could you do this yourself next time?" and rates the help. */
export async function giveFeedback(
  deps: Pick<RequestsPorts, "requests" | "events" | "clock">,
  actor: Actor,
  id: number,
  input: { selfReliance: SelfReliance; satisfaction?: number | null },
): Promise<HelpRequest> {
  const current = await loadVisible(deps.requests, actor, id);
  if (current.requesterId !== actor.id) throw new AppError("FORBIDDEN", "Only the person who asked can answer this.");
  if (current.status !== "resolved" && current.status !== "closed") {
    throw new AppError("FEEDBACK_NOT_ALLOWED", "You can answer once the request is resolved.");
  }
  if (input.satisfaction != null && !(Number.isInteger(input.satisfaction) && input.satisfaction >= 1 && input.satisfaction <= 5)) {
    throw new AppError("VALIDATION_FAILED", "Satisfaction is a whole number from 1 to 5.");
  }
  const now = deps.clock.now().toISOString();
  const updated = await deps.requests.update(id, null, { selfReliance: input.selfReliance, satisfaction: input.satisfaction ?? current.satisfaction }, now);
  await recordEvent(deps, "request.feedback", actor, id, now, { selfReliance: input.selfReliance, satisfaction: updated.satisfaction });
  return updated;
}
