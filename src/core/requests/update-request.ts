import type { Actor, TopicNature } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { canWork, isTriager } from "./access.js";
import { assertTransition, isOpen } from "./lifecycle.js";
import { classifierText, loadVisible, recordEvent, type RequestsPorts } from "./request-deps.js";
import type { RequestChanges } from "./requests.ports.js";
import type { HelpRequest, Mode, Status, Urgency } from "./requests.types.js";

export interface UpdateRequestInput {
  version: number;
  title?: string;
  description?: string;
  tried?: string;
  urgency?: Urgency;
  device?: string | null;
  topicId?: number;
  mode?: Mode;
  nature?: TopicNature;
  campusId?: number | null;
  status?: Status;
}

const REQUESTER_FIELDS = ["title", "description", "tried", "urgency", "device"] as const;
const TRIAGE_FIELDS = ["topicId", "mode", "nature", "campusId"] as const;

/**
 * Edits a request under optimistic concurrency. The requester edits their own words while it is open;
 * triage corrects topic, mode, nature and campus (a mode correction becomes classifier training data);
 * status moves by the lifecycle, by whoever holds the request (or the requester closing or reopening).
 */
export async function updateRequest(
  deps: Pick<RequestsPorts, "requests" | "topics" | "campuses" | "events" | "examples" | "clock">,
  actor: Actor,
  id: number,
  input: UpdateRequestInput,
): Promise<HelpRequest> {
  const current = await loadVisible(deps.requests, actor, id);
  const isRequester = current.requesterId === actor.id;
  const triager = isTriager(actor);
  const changes: RequestChanges = {};

  for (const field of REQUESTER_FIELDS) {
    if (input[field] === undefined) continue;
    if (!(isRequester && isOpen(current.status)) && !triager && !canWork(actor, current)) {
      throw new AppError("FORBIDDEN", "Only the requester or the person handling this request can edit it.");
    }
  }
  if (input.title !== undefined) {
    changes.title = input.title.trim();
    if (!changes.title) throw new AppError("VALIDATION_FAILED", "A request needs a title.");
  }
  if (input.description !== undefined) changes.description = input.description.trim();
  if (input.tried !== undefined) changes.tried = input.tried.trim();
  if (input.urgency !== undefined) changes.urgency = input.urgency;
  if (input.device !== undefined) changes.device = input.device?.trim() || null;

  if (TRIAGE_FIELDS.some((field) => input[field] !== undefined) && !triager) {
    throw new AppError("FORBIDDEN", "Only the tech team can change topic, mode, task nature or campus.");
  }
  if (input.topicId !== undefined && input.topicId !== current.topicId) {
    const topic = await deps.topics.findById(input.topicId);
    if (!topic || topic.archived) throw new AppError("TOPIC_NOT_FOUND", `Topic ${input.topicId} was not found.`);
    changes.topicId = topic.id;
    // A new topic brings its nature unless triage sets one explicitly.
    if (input.nature === undefined) changes.nature = topic.nature;
  }
  if (input.nature !== undefined) changes.nature = input.nature;
  if (input.mode !== undefined && input.mode !== current.mode) changes.mode = input.mode;
  if (input.campusId !== undefined) {
    if (input.campusId !== null && !(await deps.campuses.findById(input.campusId))) {
      throw new AppError("CAMPUS_NOT_FOUND", `Campus ${input.campusId} was not found.`);
    }
    changes.campusId = input.campusId;
  }

  const now = deps.clock.now().toISOString();
  if (input.status !== undefined && input.status !== current.status) {
    applyStatus(actor, current, input.status, changes, now);
  }

  const updated = await deps.requests.update(id, input.version, changes, now);
  const fields = Object.keys(changes).filter((f) => f !== "status" && f !== "closedAt");
  if (fields.length) await recordEvent(deps, "request.updated", actor, id, now, { fields });
  if (changes.mode) {
    await recordEvent(deps, "request.mode_corrected", actor, id, now, { from: current.mode, to: changes.mode });
    await deps.examples.add({ text: classifierText(updated), mode: changes.mode, source: "correction", requestId: id, createdAt: now });
  }
  if (changes.topicId) await recordEvent(deps, "request.topic_changed", actor, id, now, { from: current.topicId, to: changes.topicId });
  if (changes.nature && changes.nature !== current.nature) {
    await recordEvent(deps, "request.nature_changed", actor, id, now, { from: current.nature, to: changes.nature });
  }
  if (changes.status) await recordEvent(deps, "request.status_changed", actor, id, now, { from: current.status, to: changes.status });
  return updated;
}

function applyStatus(actor: Actor, current: HelpRequest, to: Status, changes: RequestChanges, now: string): void {
  if (to === "resolved") throw new AppError("VALIDATION_FAILED", "Resolve a request through /resolve, with a resolution kind.");
  assertTransition(current.status, to);
  const isRequester = current.requesterId === actor.id;
  const requesterMay = isRequester && (to === "closed" || to === "reopened");
  if (!requesterMay && !canWork(actor, current)) {
    throw new AppError("FORBIDDEN", "Only the person handling this request (or the tech team) can change its status.");
  }
  changes.status = to;
  if (to === "closed") changes.closedAt = now;
  if (to === "reopened") {
    changes.resolvedAt = null;
    changes.resolutionKind = null;
    changes.resolverId = null;
  }
}
