import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { isStudent } from "./access.js";
import { recordEvent, type RequestsPorts } from "./request-deps.js";
import type { HelpRequest, Mode, ModeSuggestion, Urgency } from "./requests.types.js";

export interface CreateRequestInput {
  title: string;
  description: string;
  topicId: number;
  mode: Mode;
  tried?: string;
  urgency?: Urgency;
  campusId?: number | null;
  device?: string | null;
  community?: boolean;
  staffOnly?: boolean;
}

/**
 * Any member asks for help. The classifier's proposal (made by the caller before the transaction, since
 * it reads the whole example set) is kept beside the requester's choice.
 */
export async function createRequest(
  deps: Pick<RequestsPorts, "requests" | "topics" | "campuses" | "events" | "clock">,
  actor: Actor,
  input: CreateRequestInput,
  suggestion: ModeSuggestion | null,
): Promise<HelpRequest> {
  if (input.staffOnly && isStudent(actor)) throw new AppError("FORBIDDEN", "Staff-only requests are for staff.");
  const title = input.title.trim();
  if (!title) throw new AppError("VALIDATION_FAILED", "A request needs a title.");
  const topic = await deps.topics.findById(input.topicId);
  if (!topic || topic.archived) throw new AppError("TOPIC_NOT_FOUND", `Topic ${input.topicId} was not found.`);
  const campusId = input.campusId === undefined ? actor.campusId : input.campusId;
  if (campusId !== null && !(await deps.campuses.findById(campusId))) throw new AppError("CAMPUS_NOT_FOUND", `Campus ${campusId} was not found.`);
  const description = input.description.trim();
  const now = deps.clock.now().toISOString();
  const request = await deps.requests.create({
    title,
    description,
    tried: input.tried?.trim() ?? "",
    requesterId: actor.id,
    topicId: topic.id,
    requestedMode: input.mode,
    suggestedMode: suggestion && { mode: suggestion.mode, confidence: suggestion.confidence, reasons: suggestion.reasons },
    nature: topic.nature,
    urgency: input.urgency ?? "normal",
    campusId,
    device: input.device?.trim() || null,
    community: input.community === true,
    staffOnly: input.staffOnly === true,
    createdAt: now,
  });
  await recordEvent(deps, "request.created", actor, request.id, now, {
    mode: request.mode,
    topicId: topic.id,
    nature: topic.nature,
    suggestedMode: suggestion?.mode ?? null,
    campusId,
    community: request.community,
    staffOnly: request.staffOnly,
  });
  return request;
}
