import { describe, expect, it } from "vitest";
import { accessTo, communityTopicsFor } from "./access.js";
import type { HelpRequest } from "./requests.types.js";

const request = (over: Partial<HelpRequest> = {}) =>
  ({ id: 1, requesterId: 1, assigneeId: null, mentorId: null, topicId: 3, status: "new", community: true, staffOnly: false, groupId: null, ...over }) as HelpRequest;

describe("access rules", () => {
  it("covers a topic's children with a skill on the parent, and adds topics open to everyone", () => {
    const topics = [
      { id: 1, parentId: null, communityAudience: "skilled" as const },
      { id: 2, parentId: 1, communityAudience: "skilled" as const },
      { id: 3, parentId: 2, communityAudience: "skilled" as const },
      { id: 4, parentId: null, communityAudience: "everyone" as const },
      { id: 5, parentId: null, communityAudience: "skilled" as const },
    ];
    expect(communityTopicsFor(topics, [2])).toEqual([2, 3, 4]);
    expect(communityTopicsFor(topics, [])).toEqual([4]);
  });

  it("gives community viewers public access only, and students nothing of a staff-only request", () => {
    const facts = { communityTopicIds: [3], groups: [] };
    const peer = { id: 9, roles: ["member"] as const, kind: "teacher" as const, campusId: null };
    expect(accessTo(peer, request(), facts)).toEqual({ see: true, internal: false, work: false, take: false, communityOnly: true });
    expect(accessTo(peer, request({ status: "resolved" }), facts).see).toBe(false);
    expect(accessTo({ ...peer, kind: "student" }, request({ staffOnly: true }), facts).see).toBe(false);
    const teamStudent = { ...peer, kind: "student" as const };
    const team = { communityTopicIds: [], groups: [{ groupId: 7, role: "member" as const }] };
    expect(accessTo(teamStudent, request({ community: false, groupId: 7, assigneeId: 9 }), team)).toMatchObject({ see: true, work: true, internal: false });
  });
});
