import type { Actor, Page } from "../people/people.types.js";
import { isTriager, NO_FACTS, scopeOf } from "./access.js";
import { loadVisible, loadWithAccess } from "./request-deps.js";
import type { AttachmentsRepository, MessagesRepository, RequestFilter, RequestsRepository, TimelineRepository } from "./requests.ports.js";
import type { AttachmentMeta, HelpRequest, Message, TimelineEntry } from "./requests.types.js";

/** Requests the actor may see, filtered and paged. */
export async function listRequests(deps: { requests: RequestsRepository }, actor: Actor, filter: RequestFilter): Promise<Page<HelpRequest>> {
  const facts = isTriager(actor) ? NO_FACTS : await deps.requests.accessFacts(actor.id);
  return deps.requests.list(filter, scopeOf(actor, facts));
}

export interface RequestDetail {
  request: HelpRequest;
  messages: Message[];
  attachments: AttachmentMeta[];
  timeline: TimelineEntry[];
  canSeeInternal: boolean;
}

/** Events that would reveal internal notes; hidden from people who may not read them. */
const isInternalEntry = (entry: TimelineEntry) => entry.type === "request.message_added" && entry.data.internal === true;

/** One request with its conversation, files and timeline, as far as the actor may see them. */
export async function getRequestDetail(
  deps: { requests: RequestsRepository; messages: MessagesRepository; attachments: AttachmentsRepository; timeline: TimelineRepository },
  actor: Actor,
  id: number,
): Promise<RequestDetail> {
  const { request, access } = await loadWithAccess(deps.requests, actor, id);
  const internal = access.internal;
  const [messages, attachments, timeline] = await Promise.all([
    deps.messages.listFor(id, { includeInternal: internal }),
    deps.attachments.listFor(id),
    deps.timeline.forRequest(id),
  ]);
  return { request, messages, attachments, timeline: internal ? timeline : timeline.filter((e) => !isInternalEntry(e)), canSeeInternal: internal };
}

/** One request, if the actor may see it. */
export function getRequest(deps: { requests: RequestsRepository }, actor: Actor, id: number): Promise<HelpRequest> {
  return loadVisible(deps.requests, actor, id);
}
