import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person, Topic } from "../../../core/people/people.types.js";
import { createTestApp, type Session, type TestApp } from "../../testing/test-app.js";

describe("the student tech team", () => {
  let t: TestApp;
  let topic: Topic;
  let teamStudent: Person;
  let otherStudent: Person;
  let supervisor: Person;
  let groupId: number;
  let s: Record<"admin" | "tech" | "teacher" | "teamStudent" | "otherStudent" | "supervisor", Session>;

  beforeAll(async () => {
    t = await createTestApp();
    topic = await t.addTopic("Chromebooks", "learnable");
    const admin = await t.addPerson({ name: "Ann Admin", kind: "staff", roles: ["admin"] });
    const tech = await t.addPerson({ name: "Tess Tech", kind: "staff", roles: ["tech"] });
    const teacher = await t.addPerson({ name: "Tara Teacher", kind: "teacher" });
    teamStudent = await t.addPerson({ name: "Tim Team", kind: "student" });
    otherStudent = await t.addPerson({ name: "Olive Other", kind: "student" });
    supervisor = await t.addPerson({ name: "Sue Supervisor", kind: "staff" });
    s = {
      admin: await t.signIn(admin.email),
      tech: await t.signIn(tech.email),
      teacher: await t.signIn(teacher.email),
      teamStudent: await t.signIn(teamStudent.email),
      otherStudent: await t.signIn(otherStudent.email),
      supervisor: await t.signIn(supervisor.email),
    };
  });
  afterAll(() => t.close());

  const call = (session: Session, method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE", url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload && { payload }) });
  const ask = async (title: string, extra: object = {}) =>
    (await call(s.teacher, "POST", "/requests", { title, description: "", topicId: topic.id, mode: "do", ...extra })).json();
  const route = async (r: { id: number; version: number }, change: object) => (await call(s.tech, "PATCH", `/requests/${r.id}`, { version: r.version, ...change })).json();

  it("is created and staffed by tech and admin only, with staff as supervisors", async () => {
    expect((await call(s.teacher, "POST", "/groups", { name: "Team" })).statusCode).toBe(403);
    const created = await call(s.admin, "POST", "/groups", { name: "Student tech team", description: "Grade 11–12 volunteers" });
    expect(created.statusCode).toBe(201);
    groupId = created.json().id;
    expect((await call(s.tech, "POST", "/groups", { name: "Student tech team" })).json().error.code).toBe("GROUP_NAME_TAKEN");
    expect((await call(s.tech, "PUT", `/groups/${groupId}/members/${teamStudent.id}`, { role: "member" })).statusCode).toBe(200);
    const bad = await call(s.tech, "PUT", `/groups/${groupId}/members/${otherStudent.id}`, { role: "supervisor" });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, "VALIDATION_FAILED"]);
    const staffed = (await call(s.tech, "PUT", `/groups/${groupId}/members/${supervisor.id}`, { role: "supervisor" })).json();
    expect(staffed.members.map((m: { name: string; role: string }) => `${m.name}:${m.role}`)).toEqual(["Sue Supervisor:supervisor", "Tim Team:member"]);
    expect((await call(s.teamStudent, "PUT", `/groups/${groupId}/members/${otherStudent.id}`, { role: "member" })).statusCode).toBe(403);
    expect((await call(s.teamStudent, "GET", "/groups")).json().items.map((g: { id: number }) => g.id)).toEqual([groupId]);
    expect((await call(s.otherStudent, "GET", "/groups")).json().items).toEqual([]);
    expect((await call(s.tech, "PATCH", `/requests/${(await ask("x")).id}`, { version: 1, groupId: 999999 })).json().error.code).toBe("GROUP_NOT_FOUND");
  });

  it("shows team students the requests routed to the team, never staff-only ones or internal notes; other students see none", async () => {
    const routed = await route(await ask("Chromebook cart 3 won't charge"), { groupId });
    const staffOnly = await route(await ask("Gradebook export for report cards", { staffOnly: true }), { groupId });
    const unrouted = await ask("Projector in room 4");
    await call(s.tech, "POST", `/requests/${routed.id}/messages`, { body: "Cart belongs to the exam room; check with office", internal: true });

    const listed = (await call(s.teamStudent, "GET", "/requests")).json().items.map((r: { id: number }) => r.id);
    expect(listed).toContain(routed.id);
    expect(listed).not.toContain(staffOnly.id);
    expect(listed).not.toContain(unrouted.id);
    expect((await call(s.teamStudent, "GET", `/requests?groupId=${groupId}`)).json().items.map((r: { id: number }) => r.id)).toEqual([routed.id]);
    expect((await call(s.teamStudent, "GET", `/requests/${staffOnly.id}`)).statusCode).toBe(404);
    expect((await call(s.teamStudent, "GET", `/requests/${staffOnly.id}/conversation`)).statusCode).toBe(404);
    expect((await call(s.teamStudent, "POST", `/requests/${staffOnly.id}/assign`, { assigneeId: teamStudent.id })).statusCode).toBe(404);

    const view = (await call(s.teamStudent, "GET", `/requests/${routed.id}/conversation`)).json();
    expect(view.canSeeInternal).toBe(false);
    expect(JSON.stringify(view)).not.toContain("exam room");

    for (const id of [routed.id, staffOnly.id, unrouted.id]) expect((await call(s.otherStudent, "GET", `/requests/${id}`)).statusCode).toBe(404);
    expect((await call(s.otherStudent, "GET", "/requests")).json().items).toEqual([]);

    // Supervisors see all of the group's requests, staff-only included.
    const supervised = (await call(s.supervisor, "GET", `/requests?groupId=${groupId}`)).json().items.map((r: { id: number }) => r.id);
    expect(supervised.sort()).toEqual([routed.id, staffOnly.id].sort());
    // Staff-only can't go to a student.
    const give = await call(s.tech, "POST", `/requests/${staffOnly.id}/assign`, { assigneeId: teamStudent.id });
    expect([give.statusCode, give.json().error.code]).toEqual([400, "ASSIGNEE_NOT_ELIGIBLE"]);
  });

  it("lets a team student take, reply to and resolve a team request, which builds their portfolio", async () => {
    const r = await route(await ask("Reset my Chromebook"), { groupId });
    const taken = await call(s.teamStudent, "POST", `/requests/${r.id}/assign`, { assigneeId: teamStudent.id });
    expect(taken.json()).toMatchObject({ assigneeId: teamStudent.id, status: "triaged" });
    expect((await call(s.teamStudent, "POST", `/requests/${r.id}/messages`, { body: "Hold Esc+Refresh+Power, I'll show you" })).statusCode).toBe(201);
    expect((await call(s.teamStudent, "POST", `/requests/${r.id}/messages`, { body: "note", internal: true })).statusCode).toBe(403);
    // Still not staff-only material: triage can't mark a request a student holds as staff-only.
    expect((await call(s.tech, "PATCH", `/requests/${r.id}`, { version: taken.json().version, staffOnly: true })).json().error.code).toBe("VALIDATION_FAILED");
    const resolved = await call(s.teamStudent, "POST", `/requests/${r.id}/resolve`, { kind: "guided", minutesSpent: 25 });
    expect(resolved.json()).toMatchObject({ status: "resolved", resolverId: teamStudent.id, minutesSpent: 25 });
    await call(s.teacher, "POST", `/requests/${r.id}/feedback`, { selfReliance: "yes" });

    const portfolio = await call(s.supervisor, "GET", `/groups/${groupId}/portfolio`);
    expect(portfolio.statusCode).toBe(200);
    const [tim] = portfolio.json().items;
    expect(tim).toMatchObject({ personId: teamStudent.id, resolvedCount: 1, minutesSpent: 25, resolutionKinds: { guided: 1 }, selfReliance: { yes: 1 } });
    expect(tim.topics).toEqual([{ topicId: topic.id, topicName: "Chromebooks", count: 1 }]);
    expect(tim.requests[0]).toMatchObject({ requestId: r.id, contribution: "resolved" });

    expect((await call(s.teamStudent, "GET", `/groups/${groupId}/portfolio`)).json().items.map((p: { personId: number }) => p.personId)).toEqual([teamStudent.id]);
    expect((await call(s.teamStudent, "GET", `/groups/${groupId}/portfolio?personId=${supervisor.id}`)).statusCode).toBe(403);
    expect((await call(s.otherStudent, "GET", `/groups/${groupId}/portfolio`)).statusCode).toBe(404);
    const csv = await call(s.tech, "GET", `/groups/${groupId}/portfolio.csv`);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body.split("\n")[0]).toContain("person,requestId,title,topic,contribution");
    expect(csv.body).toContain("Tim Team");

    expect((await call(s.tech, "DELETE", `/groups/${groupId}/members/${teamStudent.id}`)).statusCode).toBe(204);
    expect((await call(s.tech, "DELETE", `/groups/${groupId}/members/${teamStudent.id}`)).json().error.code).toBe("GROUP_MEMBER_NOT_FOUND");
  });
});
