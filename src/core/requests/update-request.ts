import type { PeopleRepository } from "../people/people.ports.js";
import type { Actor, TopicNature } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { isStudent, isTriager, type RequestAccess } from "./access.js";
import { assertTransition, isOpen } from "./lifecycle.js";
import { classifierText, loadWithAccess, recordEvent, type RequestsPorts } from "./request-deps.js";
import type { RequestChanges } from "./requests.ports.js";
import type { HelpRequest, Mode, Status, Urgency } from "./requests.types.js";

export interface UpdateRequestInput {
  /** The version the caller read; null skips the optimistic check (bulk triage, which reads and writes in one transaction). */
  version: number | null;
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
  /** The requester opens (or closes) their open request to the community; triage may too. */
  community?: boolean;
  /** Triage: hide it from every student (not on a student's own request, nor one a student holds). */
  staffOnly?: boolean;
  /** Triage: route it to a helper group (e.g. the student tech team), or null to take it back. */
  groupId?: number | null;
}

/** The helper groups a request can be routed to (just enough to check one exists). */
export interface GroupLookup {
  findById(id: number): Promise<{ id: number } | null>;
}

const REQUESTER_FIELDS = ["title", "description", "tried", "urgency", "device"] as const;
const TRIAGE_FIELDS = ["topicId", "mode", "nature", "campusId", "staffOnly", "groupId"] as const;

/**
 * Edits a request under optimistic concurrency. The requester edits their own words while it is open;
 * triage corrects topic, mode, nature and campus (a mode correction becomes classifier training data),
 * marks it staff-only and routes it to a helper group; the requester opens it to the community;
 * status moves by the lifecycle, by whoever holds the request (or the requester closing or reopening).
 */
export async function updateRequest(
  deps: Pick<RequestsPorts, "requests" | "topics" | "campuses" | "events" | "examples" | "clock"> & { people: PeopleRepository; groups: GroupLookup },
  actor: Actor,
  id: number,
  input: UpdateRequestInput,
): Promise<HelpRequest> {
  const { request: current, access } = await loadWithAccess(deps.requests, actor, id);
  const isRequester = current.requesterId === actor.id;
  const triager = isTriager(actor);
  const changes: RequestChanges = {};

  for (const field of REQUESTER_FIELDS) {
    if (input[field] === undefined) continue;
    if (!(isRequester && isOpen(current.status)) && !triager && !access.work) {
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
    throw new AppError("FORBIDDEN", "Only the tech team can change topic, mode, task nature, campus, staff-only or group.");
  }
  if (input.community !== undefined && input.community !== current.community) {
    if (!triager && !(isRequester && isOpen(current.status))) throw new AppError("FORBIDDEN", "Only the requester can open their open request to the community.");
    changes.community = input.community;
  }
  if (input.staffOnly !== undefined && input.staffOnly !== current.staffOnly) {
    if (input.staffOnly) await assertNoStudentInvolved(deps.people, current);
    changes.staffOnly = input.staffOnly;
  }
  if (input.groupId !== undefined && input.groupId !== current.groupId) {
    if (input.groupId !== null && !(await deps.groups.findById(input.groupId))) throw new AppError("GROUP_NOT_FOUND", `Group ${input.groupId} was not found.`);
    changes.groupId = input.groupId;
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
    applyStatus(actor, access, current, input.status, changes, now);
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
  if (changes.groupId !== undefined) await recordEvent(deps, "request.group_changed", actor, id, now, { from: current.groupId, to: changes.groupId });
  if (changes.community !== undefined) await recordEvent(deps, changes.community ? "request.opened_to_community" : "request.closed_to_community", actor, id, now, { topicId: updated.topicId });
  if (changes.status) await recordEvent(deps, "request.status_changed", actor, id, now, { from: current.status, to: changes.status });
  return updated;
}

/** Staff-only content never reaches students: refuse it on a student's own request or one a student holds. */
async function assertNoStudentInvolved(people: PeopleRepository, request: HelpRequest): Promise<void> {
  for (const id of [request.requesterId, request.assigneeId, request.mentorId]) {
    if (id === null) continue;
    const person = await people.findById(id);
    if (person && isStudent(person)) throw new AppError("VALIDATION_FAILED", "A request a student asked or holds can't be staff-only.");
  }
}

function applyStatus(actor: Actor, access: RequestAccess, current: HelpRequest, to: Status, changes: RequestChanges, now: string): void {
  if (to === "resolved") throw new AppError("VALIDATION_FAILED", "Resolve a request through /resolve, with a resolution kind.");
  assertTransition(current.status, to);
  const isRequester = current.requesterId === actor.id;
  const requesterMay = isRequester && (to === "closed" || to === "reopened");
  if (!requesterMay && !access.work) {
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
