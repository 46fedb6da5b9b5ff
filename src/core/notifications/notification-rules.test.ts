import { describe, expect, it } from "vitest";
import type { HelpRequest } from "../requests/requests.types.js";
import { ideaRecipientsFor, recipientsFor } from "./notification-rules.js";
import type { Recipient, StoredEvent } from "./notifications.types.js";

const REQUESTER = 1;
const ASSIGNEE = 2;
const TECH_A = 3;
const TECH_B = 4;
const COLLEAGUE = 5;
const people = { techTeam: [TECH_A, TECH_B] };

function buildRequest(overrides: Partial<HelpRequest> = {}): HelpRequest {
  return {
    id: 12, title: "Projector", description: "", tried: "", requesterId: REQUESTER, topicId: 1, requestedMode: "guide", mode: "guide",
    suggestedMode: null, nature: "learnable", status: "in_progress", urgency: "normal", campusId: null, device: null, assigneeId: ASSIGNEE,
    resolverId: null, resolutionKind: null, selfReliance: null, satisfaction: null, mergedIntoId: null, version: 1,
    createdAt: "2026-09-01T08:00:00.000Z", updatedAt: "2026-09-01T08:00:00.000Z", firstResponseAt: null, resolvedAt: null, closedAt: null,
    community: false, staffOnly: false, groupId: null, mentorId: null, acceptedMessageId: null, minutesSpent: null,
    ...overrides,
  };
}

const event = (type: string, actorId: number | null, data: Record<string, unknown> = {}): StoredEvent => ({
  id: 100, type, actorId, subjectType: "request", subjectId: 12, data, at: "2026-09-01T08:00:00.000Z",
});

const summary = (rs: Recipient[]) => Object.fromEntries(rs.map((r) => [r.personId, `${r.type}:${r.inApp ? "app" : ""}${r.email ? "+mail" : ""}`]));

describe("notification rules", () => {
  it("tells the tech team about a new request in the app, emails them only when it is high or urgent, and confirms to the requester by email", () => {
    const created = event("request.created", REQUESTER);
    expect(summary(recipientsFor(created, buildRequest({ assigneeId: null }), people))).toEqual({
      [TECH_A]: "request_created:app", [TECH_B]: "request_created:app", [REQUESTER]: "request_received:+mail",
    });
    expect(summary(recipientsFor(created, buildRequest({ urgency: "urgent", assigneeId: null }), people))[TECH_A]).toBe("request_created:app+mail");
  });

  it("never notifies the actor of their own action (a tech asking for help isn't told about it as tech)", () => {
    const byTech = recipientsFor(event("request.created", TECH_A), buildRequest({ requesterId: TECH_A, assigneeId: null }), people);
    expect(summary(byTech)).toEqual({ [TECH_B]: "request_created:app", [TECH_A]: "request_received:+mail" });
    const selfTake = recipientsFor(event("request.assigned", ASSIGNEE, { assigneeId: ASSIGNEE, previousAssigneeId: null }), buildRequest(), people);
    expect(summary(selfTake)).toEqual({ [REQUESTER]: "helper_assigned:app" });
    const ownReply = recipientsFor(event("request.message_added", ASSIGNEE, { messageId: 1, internal: false, mentions: [ASSIGNEE] }), buildRequest(), people);
    expect(ownReply.map((r) => r.personId)).toEqual([REQUESTER]);
    expect(recipientsFor(event("request.resolved", REQUESTER, { kind: "self_solved" }), buildRequest(), people)).toEqual([]);
  });

  it("tells a new assignee by app and email and the requester in the app; an unassignment tells no one", () => {
    const assigned = recipientsFor(event("request.assigned", TECH_A, { assigneeId: ASSIGNEE, previousAssigneeId: null }), buildRequest(), people);
    expect(summary(assigned)).toEqual({ [ASSIGNEE]: "request_assigned:app+mail", [REQUESTER]: "helper_assigned:app" });
    expect(recipientsFor(event("request.assigned", TECH_A, { assigneeId: null, previousAssigneeId: ASSIGNEE }), buildRequest(), people)).toEqual([]);
  });

  it("sends a public reply to the requester and the assignee, whoever of them didn't write it", () => {
    const fromHelper = recipientsFor(event("request.message_added", ASSIGNEE, { messageId: 1, internal: false, mentions: [] }), buildRequest(), people);
    expect(summary(fromHelper)).toEqual({ [REQUESTER]: "reply_added:app+mail" });
    const fromRequester = recipientsFor(event("request.message_added", REQUESTER, { messageId: 1, internal: false, mentions: [] }), buildRequest(), people);
    expect(summary(fromRequester)).toEqual({ [ASSIGNEE]: "reply_added:app+mail" });
  });

  it("never lets an internal note reach the requester, even when they are mentioned", () => {
    const note = event("request.message_added", TECH_A, { messageId: 1, internal: true, mentions: [REQUESTER, COLLEAGUE] });
    const rs = recipientsFor(note, buildRequest(), people);
    expect(rs.map((r) => r.personId)).not.toContain(REQUESTER);
    expect(summary(rs)).toEqual({ [COLLEAGUE]: "mentioned:app+mail", [ASSIGNEE]: "note_added:app+mail" });
  });

  it("gives a mentioned person one notification, of the mention type, even when they qualify twice", () => {
    const rs = recipientsFor(event("request.message_added", REQUESTER, { messageId: 1, internal: false, mentions: [ASSIGNEE, COLLEAGUE] }), buildRequest(), people);
    expect(summary(rs)).toEqual({ [ASSIGNEE]: "mentioned:app+mail", [COLLEAGUE]: "mentioned:app+mail" });
  });

  it("asks the requester for something only when the request moves to waiting", () => {
    const waiting = recipientsFor(event("request.status_changed", ASSIGNEE, { from: "in_progress", to: "waiting" }), buildRequest(), people);
    expect(summary(waiting)).toEqual({ [REQUESTER]: "request_waiting:app+mail" });
    expect(recipientsFor(event("request.status_changed", ASSIGNEE, { from: "waiting", to: "in_progress" }), buildRequest(), people)).toEqual([]);
  });

  it("tells the requester when their request is resolved, and ignores events that don't notify", () => {
    expect(summary(recipientsFor(event("request.resolved", ASSIGNEE, { kind: "guided" }), buildRequest(), people))).toEqual({ [REQUESTER]: "request_resolved:app+mail" });
    for (const type of ["request.updated", "request.mode_corrected", "request.merged", "request.feedback", "request.attachment_added"]) {
      expect(recipientsFor(event(type, TECH_A), buildRequest(), people)).toEqual([]);
    }
  });

  it("thanks the author of an accepted community answer, and no one else", () => {
    const accepted = event("request.answer_accepted", REQUESTER, { messageId: 9, authorId: COLLEAGUE });
    expect(summary(recipientsFor(accepted, buildRequest({ community: true, assigneeId: COLLEAGUE }), people))).toEqual({ [COLLEAGUE]: "answer_accepted:app+mail" });
    expect(recipientsFor(event("request.answer_accepted", REQUESTER, {}), buildRequest(), people)).toEqual([]);
  });
});

describe("idea notification rules", () => {
  const OWNER = 11;
  const MENTOR = 12;
  const OTHER_MENTOR = 13;
  const idea = { id: 5, title: "Podcast club", ownerId: OWNER, mentorIds: [MENTOR, OTHER_MENTOR] };
  const ideaEvent = (type: string, actorId: number, data: Record<string, unknown> = {}): StoredEvent => ({ ...event(type, actorId, data), subjectType: "idea", subjectId: 5 });

  it("tells the owner and every mentor of a comment or check-in, except whoever wrote it", () => {
    expect(summary(ideaRecipientsFor(ideaEvent("idea.commented", MENTOR), idea))).toEqual({ [OWNER]: "idea_commented:app+mail", [OTHER_MENTOR]: "idea_commented:app+mail" });
    expect(summary(ideaRecipientsFor(ideaEvent("idea.check_in", OWNER), idea))).toEqual({ [MENTOR]: "idea_commented:app+mail", [OTHER_MENTOR]: "idea_commented:app+mail" });
  });

  it("tells everyone on the idea when its status moves, shipping included", () => {
    expect(Object.keys(summary(ideaRecipientsFor(ideaEvent("idea.shipped", OWNER, { to: "shipped" }), idea))).map(Number)).toEqual([MENTOR, OTHER_MENTOR]);
    expect(summary(ideaRecipientsFor(ideaEvent("idea.status_changed", TECH_A, { to: "supported" }), idea))[OWNER]).toBe("idea_status_changed:app+mail");
  });

  it("tells an invited mentor they were added and the owner that a mentor joined; one who offered isn't told of their own offer", () => {
    expect(summary(ideaRecipientsFor(ideaEvent("idea.mentor_added", OWNER, { personId: MENTOR }), idea))).toEqual({ [MENTOR]: "idea_mentor_added:app+mail" });
    expect(summary(ideaRecipientsFor(ideaEvent("idea.mentor_added", MENTOR, { personId: MENTOR }), idea))).toEqual({ [OWNER]: "idea_mentor_joined:app+mail" });
    // Removed again before the dispatcher ran: they may no longer see the idea, so nobody hears of it.
    expect(ideaRecipientsFor(ideaEvent("idea.mentor_added", OWNER, { personId: 99 }), idea)).toEqual([]);
    expect(ideaRecipientsFor(ideaEvent("idea.milestone_added", OWNER), idea)).toEqual([]);
  });
});
