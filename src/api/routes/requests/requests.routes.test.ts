import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person, Topic } from "../../../core/people/people.types.js";
import { createTestApp, type Session, type TestApp } from "../../testing/test-app.js";

describe("the request journey", () => {
  let t: TestApp;
  let topic: Topic;
  let specialist: Topic;
  let teacher: Person;
  let helper: Person;
  let tech: Person;
  let s: Record<"teacher" | "helper" | "tech" | "student" | "otherHelper", Session>;

  beforeAll(async () => {
    t = await createTestApp();
    topic = await t.addTopic("Google Classroom", "learnable");
    specialist = await t.addTopic("Projector lamps", "specialist");
    teacher = await t.addPerson({ name: "Tara Teacher", kind: "teacher" });
    helper = await t.addPerson({ name: "Hugo Helper", kind: "teacher", roles: ["helper"] });
    tech = await t.addPerson({ name: "Tess Tech", kind: "staff", roles: ["tech"] });
    const student = await t.addPerson({ name: "Sam Student", kind: "student" });
    const otherHelper = await t.addPerson({ name: "Olga Other", roles: ["helper"] });
    s = {
      teacher: await t.signIn(teacher.email),
      helper: await t.signIn(helper.email),
      tech: await t.signIn(tech.email),
      student: await t.signIn(student.email),
      otherHelper: await t.signIn(otherHelper.email),
    };
  });
  afterAll(() => t.close());

  const call = (session: Session, method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload && { payload }) });

  it("a teacher asks for guidance, a helper is assigned, they converse, it's resolved as guided and the teacher answers yes", async () => {
    const created = await call(s.teacher, "POST", "/requests", {
      title: "Can you show me how to schedule assignments?",
      description: "I want to learn to schedule Classroom assignments myself for next week.",
      topicId: topic.id,
      mode: "guide",
      tried: "Looked for a calendar button",
      urgency: "normal",
    });
    expect(created.statusCode).toBe(201);
    const request = created.json();
    expect(request).toMatchObject({ status: "new", mode: "guide", requestedMode: "guide", nature: "learnable", requesterName: "Tara Teacher", version: 1 });
    expect(request.suggestedMode.mode).toBe("guide");
    expect(request.suggestedMode.reasons.length).toBeGreaterThan(0);

    const assigned = await call(s.tech, "POST", `/requests/${request.id}/assign`, { assigneeId: helper.id });
    expect(assigned.json()).toMatchObject({ status: "triaged", assigneeId: helper.id, assigneeName: "Hugo Helper" });

    expect((await call(s.helper, "PATCH", `/requests/${request.id}`, { version: assigned.json().version, status: "in_progress" })).statusCode).toBe(200);
    const reply = await call(s.helper, "POST", `/requests/${request.id}/messages`, { body: "Open the assignment, then use the arrow next to Assign → Schedule. Try it and tell me!" });
    expect(reply.statusCode).toBe(201);
    await call(s.helper, "POST", `/requests/${request.id}/messages`, { body: "She picked it up fast.", internal: true });
    expect((await call(s.teacher, "POST", `/requests/${request.id}/messages`, { body: "It worked, thank you!" })).statusCode).toBe(201);

    const resolved = await call(s.helper, "POST", `/requests/${request.id}/resolve`, { kind: "guided" });
    expect(resolved.json()).toMatchObject({ status: "resolved", resolutionKind: "guided", resolverId: helper.id });
    const feedback = await call(s.teacher, "POST", `/requests/${request.id}/feedback`, { selfReliance: "yes", satisfaction: 5 });
    expect(feedback.json()).toMatchObject({ selfReliance: "yes", satisfaction: 5 });

    const teacherView = (await call(s.teacher, "GET", `/requests/${request.id}/conversation`)).json();
    expect(teacherView.canSeeInternal).toBe(false);
    expect(teacherView.messages.map((m: { body: string }) => m.body)).toEqual([
      "Open the assignment, then use the arrow next to Assign → Schedule. Try it and tell me!",
      "It worked, thank you!",
    ]);
    expect(teacherView.timeline.map((e: { type: string }) => e.type)).toEqual([
      "request.created",
      "request.assigned",
      "request.status_changed",
      "request.status_changed",
      "request.message_added",
      "request.message_added",
      "request.resolved",
      "request.feedback",
    ]);
    expect(JSON.stringify(teacherView)).not.toContain("picked it up fast");

    const helperView = (await call(s.helper, "GET", `/requests/${request.id}/conversation`)).json();
    expect(helperView.messages.find((m: { internal: boolean }) => m.internal).body).toBe("She picked it up fast.");
    expect(helperView.timeline.filter((e: { type: string }) => e.type === "request.message_added")).toHaveLength(3);
    expect(helperView.timeline[0]).toMatchObject({ actorId: teacher.id, actorName: "Tara Teacher" });
  });

  it("lets students see only their own requests, with 404 for others'", async () => {
    const mine = (await call(s.student, "POST", "/requests", { title: "My Chromebook won't charge", description: "", topicId: specialist.id, mode: "do" })).json();
    const teachers = (await call(s.teacher, "POST", "/requests", { title: "Projector lamp flickers", description: "Room 12", topicId: specialist.id, mode: "do" })).json();
    const list = (await call(s.student, "GET", "/requests")).json();
    expect(list.items.map((r: { id: number }) => r.id)).toEqual([mine.id]);
    const peek = await call(s.student, "GET", `/requests/${teachers.id}`);
    expect([peek.statusCode, peek.json().error.code]).toEqual([404, "REQUEST_NOT_FOUND"]);
    expect((await call(s.student, "GET", `/requests/${teachers.id}/conversation`)).statusCode).toBe(404);
    expect((await call(s.student, "POST", `/requests/${teachers.id}/messages`, { body: "hi" })).statusCode).toBe(404);
  });

  it("keeps members from assigning or triaging, even their own request", async () => {
    const own = (await call(s.teacher, "POST", "/requests", { title: "Set up my class", description: "", topicId: topic.id, mode: "do" })).json();
    const assign = await call(s.teacher, "POST", `/requests/${own.id}/assign`, { assigneeId: helper.id });
    expect([assign.statusCode, assign.json().error.code]).toEqual([403, "FORBIDDEN"]);
    const triage = await call(s.teacher, "PATCH", `/requests/${own.id}`, { version: own.version, mode: "guide" });
    expect([triage.statusCode, triage.json().error.code]).toEqual([403, "FORBIDDEN"]);
    const note = await call(s.teacher, "POST", `/requests/${own.id}/messages`, { body: "secret", internal: true });
    expect(note.statusCode).toBe(403);
    const resolveForSomeoneElse = await call(s.teacher, "POST", `/requests/${own.id}/resolve`, { kind: "done_for" });
    expect(resolveForSomeoneElse.statusCode).toBe(403);
    // …but they may edit their own words and say they solved it themselves.
    const edit = await call(s.teacher, "PATCH", `/requests/${own.id}`, { version: own.version, description: "Grade 4 class, 24 students" });
    expect(edit.json().description).toBe("Grade 4 class, 24 students");
    const self = await call(s.teacher, "POST", `/requests/${own.id}/resolve`, { kind: "self_solved" });
    expect(self.json()).toMatchObject({ status: "resolved", resolutionKind: "self_solved", resolverId: null });
  });

  it("lets a helper take an unassigned request but not one held by someone else", async () => {
    const open = (await call(s.teacher, "POST", "/requests", { title: "Help with rubrics", description: "", topicId: topic.id, mode: "guide" })).json();
    const take = await call(s.helper, "POST", `/requests/${open.id}/assign`, { assigneeId: helper.id });
    expect(take.json()).toMatchObject({ assigneeId: helper.id, status: "triaged" });
    const steal = await call(s.otherHelper, "POST", `/requests/${open.id}/assign`, { assigneeId: (await call(s.otherHelper, "GET", "/me")).json().id });
    expect(steal.statusCode).toBe(404);
    const giveToStudent = await call(s.tech, "POST", `/requests/${open.id}/assign`, { assigneeId: teacher.id });
    expect([giveToStudent.statusCode, giveToStudent.json().error.code]).toEqual([400, "ASSIGNEE_NOT_ELIGIBLE"]);
  });

  it("catches two people editing at once with 409 VERSION_CONFLICT, losing nothing", async () => {
    const r = (await call(s.teacher, "POST", "/requests", { title: "Wi-Fi drops in room 3", description: "", topicId: specialist.id, mode: "do" })).json();
    const first = await call(s.tech, "PATCH", `/requests/${r.id}`, { version: r.version, urgency: "high" });
    expect(first.statusCode).toBe(200);
    const stale = await call(s.tech, "PATCH", `/requests/${r.id}`, { version: r.version, urgency: "low" });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, "VERSION_CONFLICT"]);
    expect((await call(s.tech, "GET", `/requests/${r.id}`)).json()).toMatchObject({ urgency: "high", version: r.version + 1 });
  });

  it("refuses illegal transitions with INVALID_TRANSITION", async () => {
    const r = (await call(s.teacher, "POST", "/requests", { title: "Printer jam", description: "", topicId: specialist.id, mode: "do" })).json();
    const jump = await call(s.tech, "PATCH", `/requests/${r.id}`, { version: r.version, status: "closed" });
    expect([jump.statusCode, jump.json().error.code]).toEqual([409, "INVALID_TRANSITION"]);
    const viaPatch = await call(s.tech, "PATCH", `/requests/${r.id}`, { version: r.version, status: "resolved" });
    expect(viaPatch.statusCode).toBe(400);
    const done = (await call(s.tech, "POST", `/requests/${r.id}/resolve`, { kind: "specialist_fix" })).json();
    const again = await call(s.tech, "POST", `/requests/${r.id}/resolve`, { kind: "specialist_fix" });
    expect(again.json().error.code).toBe("INVALID_TRANSITION");
    const reopened = await call(s.teacher, "PATCH", `/requests/${r.id}`, { version: done.version, status: "reopened" });
    expect(reopened.json()).toMatchObject({ status: "reopened", resolutionKind: null });
  });

  it("records a mode correction as classifier training data", async () => {
    const r = (await call(s.teacher, "POST", "/requests", { title: "Please reset the smartboard", description: "", topicId: specialist.id, mode: "guide" })).json();
    const before = await t.ctx.repos.examples.revision();
    const corrected = await call(s.tech, "PATCH", `/requests/${r.id}`, { version: r.version, mode: "do" });
    expect(corrected.json()).toMatchObject({ mode: "do", requestedMode: "guide" });
    expect(await t.ctx.repos.examples.revision()).not.toBe(before);
    const timeline = (await call(s.tech, "GET", `/requests/${r.id}/conversation`)).json().timeline;
    expect(timeline.find((e: { type: string }) => e.type === "request.mode_corrected").data).toEqual({ from: "guide", to: "do" });
  });

  it("answers unknown topics and bad bodies with clear 4xx codes and creates nothing", async () => {
    const before = (await call(s.tech, "GET", "/requests?limit=200")).json().items.length;
    const unknown = await call(s.teacher, "POST", "/requests", { title: "X", description: "", topicId: 99999, mode: "guide" });
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([404, "TOPIC_NOT_FOUND"]);
    const badMode = await call(s.teacher, "POST", "/requests", { title: "X", description: "", topicId: topic.id, mode: "magic" });
    expect(badMode.statusCode).toBe(400);
    const noTitle = await call(s.teacher, "POST", "/requests", { title: "   ", description: "", topicId: topic.id, mode: "guide" });
    expect(noTitle.json().error.code).toBe("VALIDATION_FAILED");
    expect((await call(s.tech, "GET", "/requests?limit=200")).json().items.length).toBe(before);
  });

  it("filters, sorts and pages the queue, and exports it as CSV", async () => {
    const queue = await call(s.tech, "GET", `/requests?topicId=${specialist.id}&status=new&status=triaged&sort=urgency&limit=2`);
    expect(queue.statusCode).toBe(200);
    const page = queue.json();
    expect(page.items.length).toBeLessThanOrEqual(2);
    for (const item of page.items) expect(item.topicId).toBe(specialist.id);
    const mine = (await call(s.helper, "GET", "/requests?assignee=me")).json().items;
    expect(mine.every((r: { assigneeId: number }) => r.assigneeId === helper.id)).toBe(true);
    const csv = await call(s.tech, "GET", `/requests/export.csv?topicId=${specialist.id}`);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body).toContain("Projector lamps");
    expect(csv.body.split("\n")[0]).toContain("id,title,status,mode");
  });

  it("applies bulk triage and reports each outcome", async () => {
    const a = (await call(s.teacher, "POST", "/requests", { title: "Bulk A", description: "", topicId: topic.id, mode: "guide" })).json();
    const b = (await call(s.teacher, "POST", "/requests", { title: "Bulk B", description: "", topicId: topic.id, mode: "guide" })).json();
    const r = await call(s.tech, "POST", "/requests/bulk", { ids: [a.id, b.id, 999999], change: { action: "urgency", urgency: "urgent" } });
    expect(r.json().items).toEqual([
      { id: a.id, ok: true },
      { id: b.id, ok: true },
      { id: 999999, ok: false, error: { code: "REQUEST_NOT_FOUND", message: expect.any(String) } },
    ]);
    for (const id of [a.id, b.id]) expect((await call(s.tech, "GET", `/requests/${id}`)).json()).toMatchObject({ urgency: "urgent", version: 2 });
    const moved = await call(s.tech, "POST", "/requests/bulk", { ids: [a.id], change: { action: "status", status: "triaged" } });
    expect(moved.json().items).toEqual([{ id: a.id, ok: true }]);
    expect((await call(s.tech, "GET", `/requests/${a.id}`)).json()).toMatchObject({ status: "triaged", urgency: "urgent" });
    expect((await call(s.helper, "POST", "/requests/bulk", { ids: [a.id], change: { action: "urgency", urgency: "low" } })).statusCode).toBe(403);
    expect((await call(s.tech, "GET", `/requests/${a.id}`)).json().urgency).toBe("urgent");
  });

  it("merges a duplicate into the kept request", async () => {
    const kept = (await call(s.teacher, "POST", "/requests", { title: "No sound in hall", description: "", topicId: specialist.id, mode: "do" })).json();
    const dup = (await call(s.helper, "POST", "/requests", { title: "Hall speakers silent", description: "", topicId: specialist.id, mode: "do" })).json();
    const merged = await call(s.tech, "POST", `/requests/${dup.id}/merge`, { intoId: kept.id });
    expect(merged.json()).toMatchObject({ status: "resolved", resolutionKind: "duplicate", mergedIntoId: kept.id });
    const self = await call(s.tech, "POST", `/requests/${kept.id}/merge`, { intoId: kept.id });
    expect(self.json().error.code).toBe("CANNOT_MERGE");
  });

  it("classifies text with a mode, reasons and a topic", async () => {
    const r = await call(s.teacher, "POST", "/classify", { title: "Please fix it for me", text: "The projector lamp is broken, can you replace it?" });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ mode: "do", reasons: expect.any(Array) });
    expect(r.json().confidence).toBeGreaterThan(0.5);
    const guide = (await call(s.teacher, "POST", "/classify", { text: "Could you show me how to make a quiz in Google Forms? I'd like to learn." })).json();
    expect(guide.mode).toBe("guide");
    expect(guide.reasons.join(" ")).toMatch(/show me|how|learn/);
  });
});
