import type { PeopleRepository } from "../../../core/people/people.ports.js";
import type { RequestDetail } from "../../../core/requests/view-requests.js";
import type { HelpRequest } from "../../../core/requests/requests.types.js";

/** Adds the names people see beside ids, in one lookup for a whole list. */
export async function presentRequests(people: PeopleRepository, requests: HelpRequest[]) {
  const names = await people.namesOf(requests.flatMap((r) => (r.assigneeId ? [r.requesterId, r.assigneeId] : [r.requesterId])));
  return requests.map((r) => ({
    ...r,
    requesterName: names.get(r.requesterId) ?? "",
    assigneeName: r.assigneeId ? (names.get(r.assigneeId) ?? null) : null,
  }));
}

export async function presentRequest(people: PeopleRepository, request: HelpRequest) {
  return (await presentRequests(people, [request]))[0]!;
}

export async function presentConversation(people: PeopleRepository, detail: RequestDetail) {
  const mentioned = (e: { data: Record<string, unknown> }) =>
    [e.data.assigneeId, e.data.previousAssigneeId, e.data.mentorId].filter((id): id is number => typeof id === "number");
  const names = await people.namesOf([
    ...detail.messages.map((m) => m.authorId),
    ...detail.timeline.flatMap((e) => (e.actorId ? [e.actorId, ...mentioned(e)] : mentioned(e))),
  ]);
  const nameOf = (id: unknown) => (typeof id === "number" ? (names.get(id) ?? null) : undefined);
  return {
    messages: detail.messages.map((m) => ({ ...m, authorName: names.get(m.authorId) ?? "" })),
    attachments: detail.attachments,
    // Assignment events carry the names too: members can't look people up, yet should read "X assigned Y".
    timeline: detail.timeline.map((e) => ({
      ...e,
      data: e.type === "request.assigned" ? { ...e.data, assigneeName: nameOf(e.data.assigneeId), previousAssigneeName: nameOf(e.data.previousAssigneeId), mentorName: nameOf(e.data.mentorId) } : e.data,
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
    })),
    canSeeInternal: detail.canSeeInternal,
  };
}
