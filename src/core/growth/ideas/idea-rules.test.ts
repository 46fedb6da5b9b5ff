import { describe, expect, it } from "vitest";
import type { Actor } from "../../people/people.types.js";
import { canSee, ideaScopeOf, mayMove, nextStatuses } from "./idea-rules.js";

const actor = (over: Partial<Actor> = {}): Actor => ({ id: 1, roles: ["member"], kind: "teacher", campusId: null, ...over });
const idea = (over: { ownerId?: number; ownerKind?: string; mentors?: { personId: number; name: string; addedAt: string }[] } = {}) => ({ ownerId: 1, ownerKind: "teacher", mentors: [], ...over });

describe("idea lifecycle and access", () => {
  it("moves along proposed → supported → in_progress → shipped, pauses any open idea and resumes it", () => {
    expect(nextStatuses({ status: "proposed", pausedFrom: null })).toEqual(["supported", "paused"]);
    expect(nextStatuses({ status: "in_progress", pausedFrom: null })).toEqual(["shipped", "paused"]);
    expect(nextStatuses({ status: "shipped", pausedFrom: null })).toEqual([]);
    expect(nextStatuses({ status: "paused", pausedFrom: "proposed" })).toEqual(["proposed", "supported", "in_progress"]);
    expect(nextStatuses({ status: "paused", pausedFrom: "in_progress" })).toEqual(["supported", "in_progress"]);
  });

  it("lets the owner make every move and tech or leaders only grant support", () => {
    expect(mayMove(actor(), { ownerId: 1, status: "in_progress" }, "shipped")).toBe(true);
    expect(mayMove(actor({ id: 2, roles: ["leader"] }), { ownerId: 1, status: "proposed" }, "supported")).toBe(true);
    expect(mayMove(actor({ id: 2, roles: ["tech"] }), { ownerId: 1, status: "supported" }, "in_progress")).toBe(false);
    expect(mayMove(actor({ id: 2, roles: ["helper"] }), { ownerId: 1, status: "proposed" }, "supported")).toBe(false);
  });

  it("shows a student's idea to staff, the student and its mentors only", () => {
    const studentIdea = idea({ ownerKind: "student", mentors: [{ personId: 3, name: "M", addedAt: "" }] });
    expect(canSee(actor({ id: 9 }), studentIdea)).toBe(true);
    expect(canSee(actor({ id: 1, kind: "student" }), studentIdea)).toBe(true);
    expect(canSee(actor({ id: 3, kind: "student" }), studentIdea)).toBe(true);
    expect(canSee(actor({ id: 4, kind: "student" }), studentIdea)).toBe(false);
    expect(canSee(actor({ id: 4, kind: "student" }), idea())).toBe(true);
    expect(ideaScopeOf(actor({ id: 4, kind: "student" }))).toEqual({ kind: "member", personId: 4 });
  });
});
