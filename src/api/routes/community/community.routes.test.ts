import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person, Topic } from "../../../core/people/people.types.js";
import { createTestApp, type Session, type TestApp } from "../../testing/test-app.js";

describe("community profiles, directory and routing", () => {
  let t: TestApp;
  let classroom: Topic;
  let grading: Topic;
  let lamps: Topic;
  let people: Record<"tech" | "mentor" | "learner" | "busy" | "teacher" | "student", Person>;
  let s: Record<keyof typeof people, Session>;

  beforeAll(async () => {
    t = await createTestApp();
    classroom = await t.addTopic("Google Classroom");
    grading = await t.addTopic("Grading", "learnable", classroom.id);
    lamps = await t.addTopic("Projector lamps", "specialist");
    people = {
      tech: await t.addPerson({ name: "Tess Tech", roles: ["tech"] }),
      mentor: await t.addPerson({ name: "Mina Mentor", roles: ["helper"] }),
      learner: await t.addPerson({ name: "Leo Learner", roles: ["helper"] }),
      busy: await t.addPerson({ name: "Bo Busy", roles: ["helper"] }),
      teacher: await t.addPerson({ name: "Tara Teacher" }),
      student: await t.addPerson({ name: "Sam Student", kind: "student" }),
    };
    s = Object.fromEntries(await Promise.all(Object.entries(people).map(async ([k, p]) => [k, await t.signIn(p.email)]))) as typeof s;
  });
  afterAll(() => t.close());

  const call = (session: Session, method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH", url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload && { payload }) });

  it("lets people declare skills and interests and set availability, with the growth rules shown", async () => {
    expect((await call(s.mentor, "PUT", `/me/skills/${classroom.id}`, { level: "mentor" })).json()).toMatchObject({ topicId: classroom.id, level: "mentor", source: "declared" });
    await call(s.learner, "PUT", `/me/skills/${grading.id}`, { level: "learning" });
    await call(s.busy, "PUT", `/me/skills/${classroom.id}`, { level: "practitioner" });
    await call(s.tech, "PUT", `/me/skills/${lamps.id}`, { level: "mentor" });
    const profile = await call(s.learner, "PUT", "/me/profile", { days: ["tue", "thu"], hoursPerWeek: 2, openCap: 3, interests: [classroom.id], bio: "Year 4 teacher" });
    expect(profile.json()).toMatchObject({ days: ["tue", "thu"], hoursPerWeek: 2, openCap: 3, interests: [classroom.id], skills: [expect.objectContaining({ topicId: grading.id, level: "learning" })] });
    expect(profile.json().growthRules.length).toBeGreaterThan(2);
    expect((await call(s.learner, "PUT", "/me/profile", { openCap: 0 })).statusCode).toBe(400);
    expect((await call(s.learner, "PUT", `/me/skills/9999`, { level: "mentor" })).json().error.code).toBe("TOPIC_NOT_FOUND");
    expect((await call(s.learner, "PUT", `/me/skills/${grading.id}`, { level: "guru" })).statusCode).toBe(400);
  });

  it("lets tech endorse a skill, and nobody else", async () => {
    const url = `/people/${people.mentor.id}/skills/${classroom.id}/endorsement`;
    expect((await call(s.teacher, "POST", url)).statusCode).toBe(403);
    expect((await call(s.tech, "POST", url)).json().endorsedBy).toBe(people.tech.id);
    expect((await call(s.tech, "DELETE", url)).json().endorsedBy).toBeNull();
    expect((await call(s.tech, "POST", `/people/${people.teacher.id}/skills/${classroom.id}/endorsement`)).json().error.code).toBe("SKILL_NOT_FOUND");
  });

  it("finds people by skill on a topic and its subtopics, best placed first, without students for members", async () => {
    await t.ctx.repos.skills.upsert({ personId: people.student.id, topicId: classroom.id, level: "mentor", source: "declared", at: "2026-09-01T08:00:00.000Z" });
    const found = (await call(s.teacher, "GET", `/directory?topicId=${classroom.id}`)).json().items;
    expect(found.map((e: { name: string }) => e.name)).toEqual(["Mina Mentor", "Bo Busy", "Leo Learner"]);
    expect(found[0]).toMatchObject({ openLoad: 0, openCap: 5, away: false });
    const forTech = (await call(s.tech, "GET", `/directory?topicId=${classroom.id}`)).json().items.map((e: { name: string }) => e.name);
    expect(forTech).toContain("Sam Student");
    const curious = (await call(s.teacher, "GET", `/directory?interestTopicId=${classroom.id}`)).json().items.map((e: { name: string }) => e.name);
    expect(curious).toEqual(["Leo Learner"]);
    expect((await call(s.student, "GET", "/directory")).statusCode).toBe(403);
  });

  it("proposes helpers with reasons for tech only, never the requester, the away or the full", async () => {
    const r = (await call(s.teacher, "POST", "/requests", { title: "Show me how to grade with rubrics", description: "", topicId: grading.id, mode: "guide" })).json();
    await call(s.busy, "PUT", "/me/profile", { away: true });
    const proposals = (await call(s.tech, "GET", `/requests/${r.id}/helpers`)).json().items;
    const names = proposals.map((p: { name: string }) => p.name);
    expect(names).toContain("Mina Mentor");
    expect(names).not.toContain("Bo Busy");
    expect(names).not.toContain("Tara Teacher");
    expect(proposals[0].reasons.join(" ")).toMatch(/Google Classroom|Grading/);
    for (const p of proposals) expect(p.score).toBeGreaterThanOrEqual(0);
    expect((await call(s.mentor, "GET", `/requests/${r.id}/helpers`)).statusCode).toBe(403);
    const again = (await call(s.tech, "GET", `/requests/${r.id}/helpers`)).json().items;
    expect(again).toEqual(proposals);

    const lamp = (await call(s.teacher, "POST", "/requests", { title: "Lamp is dead in room 4", description: "", topicId: lamps.id, mode: "do" })).json();
    const specialists = (await call(s.tech, "GET", `/requests/${lamp.id}/helpers`)).json().items;
    expect(specialists.map((p: { name: string }) => p.name)).toEqual(["Tess Tech"]);
  });

  it("lets tech set a topic's community audience and auto-assign", async () => {
    const updated = await call(s.tech, "PATCH", `/topics/${classroom.id}`, { communityAudience: "everyone", autoAssign: true });
    expect(updated.json()).toMatchObject({ communityAudience: "everyone", autoAssign: true });
    expect((await call(s.tech, "PATCH", `/topics/${classroom.id}`, { communityAudience: "parents" })).statusCode).toBe(400);
  });
});

describe("auto-assignment and skills that grow from the record", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("assigns a new request on an auto-assign topic to the top proposal, with the reasons in its timeline", async () => {
    const wifi = await t.addTopic("Joining the Wi-Fi");
    const tech = await t.signIn((await t.addPerson({ name: "Tess Tech", roles: ["tech"] })).email);
    const helper = await t.addPerson({ name: "Hana Helper", roles: ["helper"] });
    const helperSession = await t.signIn(helper.email);
    const teacher = await t.signIn((await t.addPerson({ name: "Tom Teacher" })).email);
    await t.app.inject({ method: "PUT", url: `/api/v1/me/skills/${wifi.id}`, headers: helperSession.headers, payload: { level: "mentor" } });
    await t.app.inject({ method: "PATCH", url: `/api/v1/topics/${wifi.id}`, headers: tech.headers, payload: { autoAssign: true } });
    const r = (await t.app.inject({ method: "POST", url: "/api/v1/requests", headers: teacher.headers, payload: { title: "Can't join the Wi-Fi", description: "", topicId: wifi.id, mode: "guide" } })).json();
    expect(r).toMatchObject({ assigneeId: helper.id, assigneeName: "Hana Helper", status: "triaged" });
    const timeline = (await t.app.inject({ url: `/api/v1/requests/${r.id}/conversation`, headers: tech.headers })).json().timeline;
    const assigned = timeline.find((e: { type: string }) => e.type === "request.assigned");
    expect(assigned).toMatchObject({ actorId: null, data: { auto: true, assigneeName: "Hana Helper" } });
  });

  it("raises a learner to practitioner after three guided requests whose requester could then do it alone", async () => {
    const docs = await t.addTopic("Google Docs");
    const tech = await t.signIn((await t.addPerson({ roles: ["tech"] })).email);
    const learner = await t.addPerson({ name: "Lia Learner", roles: ["helper"] });
    const learnerSession = await t.signIn(learner.email);
    await t.app.inject({ method: "PUT", url: `/api/v1/me/skills/${docs.id}`, headers: learnerSession.headers, payload: { level: "learning" } });
    for (let i = 0; i < 3; i++) {
      const asker = await t.signIn((await t.addPerson()).email);
      const r = (await t.app.inject({ method: "POST", url: "/api/v1/requests", headers: asker.headers, payload: { title: `Suggest mode in Docs ${i}`, description: "", topicId: docs.id, mode: "guide" } })).json();
      await t.app.inject({ method: "POST", url: `/api/v1/requests/${r.id}/assign`, headers: tech.headers, payload: { assigneeId: learner.id } });
      await t.app.inject({ method: "POST", url: `/api/v1/requests/${r.id}/resolve`, headers: learnerSession.headers, payload: { kind: "guided" } });
      await t.app.inject({ method: "POST", url: `/api/v1/requests/${r.id}/feedback`, headers: asker.headers, payload: { selfReliance: "yes" } });
    }
    const profile = (await t.app.inject({ url: "/api/v1/me/profile", headers: learnerSession.headers })).json();
    expect(profile.skills).toEqual([expect.objectContaining({ topicId: docs.id, level: "practitioner", source: "earned" })]);
  });
});

describe("mentor pairing", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("lets tech pair a learning helper with a mentor, and records the mentor on the resolution", async () => {
    const topic = await t.addTopic("Google Slides");
    const tech = await t.signIn((await t.addPerson({ roles: ["tech"] })).email);
    const learner = await t.addPerson({ name: "Lu Learner", roles: ["helper"] });
    const mentor = await t.addPerson({ name: "Mo Mentor", roles: ["helper"] });
    const learnerSession = await t.signIn(learner.email);
    const mentorSession = await t.signIn(mentor.email);
    const asker = await t.signIn((await t.addPerson()).email);
    const r = (await t.app.inject({ method: "POST", url: "/api/v1/requests", headers: asker.headers, payload: { title: "Show me speaker notes", description: "", topicId: topic.id, mode: "guide" } })).json();
    const member = await t.app.inject({ method: "POST", url: `/api/v1/requests/${r.id}/assign`, headers: learnerSession.headers, payload: { assigneeId: learner.id, mentorId: mentor.id } });
    expect(member.statusCode).toBe(403);
    const paired = await t.app.inject({ method: "POST", url: `/api/v1/requests/${r.id}/assign`, headers: tech.headers, payload: { assigneeId: learner.id, mentorId: mentor.id } });
    expect(paired.json()).toMatchObject({ assigneeId: learner.id, mentorId: mentor.id });
    // The mentor sees and follows the request they mentor.
    expect((await t.app.inject({ url: `/api/v1/requests/${r.id}`, headers: mentorSession.headers })).statusCode).toBe(200);
    const self = await t.app.inject({ method: "POST", url: `/api/v1/requests/${r.id}/assign`, headers: tech.headers, payload: { assigneeId: learner.id, mentorId: learner.id } });
    expect(self.json().error.code).toBe("ASSIGNEE_NOT_ELIGIBLE");
    await t.app.inject({ method: "POST", url: `/api/v1/requests/${r.id}/resolve`, headers: learnerSession.headers, payload: { kind: "guided" } });
    const timeline = (await t.app.inject({ url: `/api/v1/requests/${r.id}/conversation`, headers: tech.headers })).json().timeline;
    expect(timeline.find((e: { type: string }) => e.type === "request.resolved").data).toMatchObject({ resolverId: learner.id, mentorId: mentor.id });
  });
});
