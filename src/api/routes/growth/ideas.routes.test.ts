import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person, Topic } from "../../../core/people/people.types.js";
import { DIALECTS } from "../../../db/testing/test-databases.js";
import { createTestApp, type Session, type TestApp } from "../../testing/test-app.js";

for (const dialect of DIALECTS) describe(`idea proposals on ${dialect}`, () => {
  let t: TestApp;
  let podcasts: Topic;
  let audio: Topic;
  let people: Record<"owner" | "mentor" | "practitioner" | "learner" | "other" | "leader" | "tech" | "student" | "student2", Person>;
  let s: Record<keyof typeof people, Session>;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    podcasts = await t.addTopic("Podcasting");
    audio = await t.addTopic("Audio editing", "learnable", podcasts.id);
    people = {
      owner: await t.addPerson({ name: "Olive Owner" }),
      mentor: await t.addPerson({ name: "Mina Mentor", roles: ["helper"] }),
      practitioner: await t.addPerson({ name: "Pat Practitioner", roles: ["helper"] }),
      learner: await t.addPerson({ name: "Leo Learner", roles: ["helper"] }),
      other: await t.addPerson({ name: "Tom Other" }),
      leader: await t.addPerson({ name: "Lee Leader", roles: ["leader"] }),
      tech: await t.addPerson({ name: "Tess Tech", roles: ["tech"] }),
      student: await t.addPerson({ name: "Sam Student", kind: "student" }),
      student2: await t.addPerson({ name: "Sue Student", kind: "student" }),
    };
    s = Object.fromEntries(await Promise.all(Object.entries(people).map(async ([k, p]) => [k, await t.signIn(p.email)]))) as typeof s;
    const at = "2026-09-01T08:00:00.000Z";
    await t.ctx.repos.skills.upsert({ personId: people.mentor.id, topicId: podcasts.id, level: "mentor", source: "declared", at });
    await t.ctx.repos.skills.upsert({ personId: people.practitioner.id, topicId: audio.id, level: "practitioner", source: "declared", at });
    await t.ctx.repos.skills.upsert({ personId: people.learner.id, topicId: podcasts.id, level: "learning", source: "declared", at });
    await t.ctx.repos.skills.upsert({ personId: people.owner.id, topicId: podcasts.id, level: "mentor", source: "declared", at });
  });
  afterAll(() => t.close());

  const call = (session: Session, method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload && { payload }) });
  const propose = async (session: Session, overrides: object = {}) => {
    const response = await call(session, "POST", "/ideas", { title: "Grade 7 podcasts", pitch: "My Grade 7 class publishes a podcast about the town's history.", topicIds: [podcasts.id], ...overrides });
    expect(response.statusCode).toBe(201);
    return response.json();
  };
  const codeOf = (response: { statusCode: number; json(): { error?: { code: string } } }) => [response.statusCode, response.json().error?.code];

  it("takes an idea from proposal with a mentor to shipped, into the gallery, and copied by someone else", async () => {
    const article = await call(s.tech, "POST", "/articles", { title: "Record a class podcast", body: "Use a USB microphone and Audacity to record a podcast.", audience: "everyone", state: "validated", topicIds: [podcasts.id] });
    expect(article.statusCode).toBe(201);
    await t.ctx.db.kysely
      .insertInto("trainings")
      .values({ topic_id: audio.id, title: "Audio editing drop-in", description: "", facilitator_id: people.mentor.id, campus_id: null, starts_at: "2026-09-10T14:00:00.000Z", duration_minutes: 60, place: "Library", video_url: null, capacity: 10, status: "scheduled", created_by: people.tech.id, created_at: "2026-09-01T08:00:00.000Z", updated_at: "2026-09-01T08:00:00.000Z" })
      .execute();

    const idea = await propose(s.owner, { goals: "Learners research, script and edit.", timeline: "Term 2", support: ["mentoring", "training"], topicIds: [podcasts.id, audio.id] });
    expect(idea).toMatchObject({ ownerId: people.owner.id, ownerName: "Olive Owner", status: "proposed", version: 1, support: ["mentoring", "training"], mentors: [], progress: 0 });

    const suggestions = (await call(s.owner, "GET", `/ideas/${idea.id}/suggestions`)).json();
    const names = suggestions.mentors.map((m: { name: string }) => m.name);
    expect(names).toEqual(expect.arrayContaining(["Mina Mentor", "Pat Practitioner"]));
    expect(names).not.toContain("Leo Learner");
    expect(names).not.toContain("Olive Owner");
    expect(suggestions.mentors[0]).toMatchObject({ name: "Mina Mentor", reason: expect.stringMatching(/Podcasting/) });
    // Titles come highlighted («class» «podcast»), as in every search answer.
    expect(suggestions.articles.map((a: { title: string }) => a.title.replace(/[«»]/g, ""))).toContain("Record a class podcast");
    expect(suggestions.trainings).toEqual([expect.objectContaining({ title: "Audio editing drop-in", topicId: audio.id })]);

    expect((await call(s.owner, "POST", `/ideas/${idea.id}/mentors/${people.mentor.id}`)).json().mentors).toEqual([expect.objectContaining({ personId: people.mentor.id, name: "Mina Mentor" })]);
    expect(codeOf(await call(s.other, "POST", `/ideas/${idea.id}/mentors/${people.learner.id}`))).toEqual([403, "FORBIDDEN"]);
    expect((await call(s.practitioner, "POST", `/ideas/${idea.id}/mentors/${people.practitioner.id}`)).json().mentors).toHaveLength(2);
    expect(codeOf(await call(s.owner, "POST", `/ideas/${idea.id}/mentors/${people.owner.id}`))).toEqual([400, "MENTOR_NOT_ELIGIBLE"]);
    const after = (await call(s.owner, "GET", `/ideas/${idea.id}/suggestions`)).json().mentors.map((m: { name: string }) => m.name);
    expect(after).not.toContain("Mina Mentor");

    const m1 = (await call(s.owner, "POST", `/ideas/${idea.id}/milestones`, { title: "Write the first script", dueOn: "2026-10-01" })).json();
    const m2 = (await call(s.owner, "POST", `/ideas/${idea.id}/milestones`, { title: "Publish episode 1" })).json();
    expect([m1.position, m2.position, m2.dueOn]).toEqual([1, 2, null]);
    expect((await call(s.owner, "PATCH", `/ideas/${idea.id}/milestones/${m1.id}`, { done: true })).json()).toMatchObject({ done: true, doneAt: expect.any(String) });
    expect((await call(s.other, "GET", `/ideas/${idea.id}`)).json().progress).toBe(0.5);

    expect((await call(s.owner, "POST", `/ideas/${idea.id}/updates`, { kind: "check_in", body: "Scripts drafted." })).statusCode).toBe(201);
    expect((await call(s.mentor, "POST", `/ideas/${idea.id}/updates`, { kind: "comment", body: "Try a shorter intro." })).statusCode).toBe(201);
    expect(codeOf(await call(s.mentor, "POST", `/ideas/${idea.id}/updates`, { kind: "check_in", body: "Not mine to post" }))).toEqual([403, "FORBIDDEN"]);
    expect(codeOf(await call(s.other, "POST", `/ideas/${idea.id}/updates`, { kind: "comment", body: "Nice" }))).toEqual([403, "FORBIDDEN"]);
    const updates = (await call(s.other, "GET", `/ideas/${idea.id}/updates`)).json().items;
    expect(updates.map((u: { kind: string; authorName: string }) => [u.kind, u.authorName])).toEqual([["check_in", "Olive Owner"], ["comment", "Mina Mentor"]]);

    expect((await call(s.leader, "POST", `/ideas/${idea.id}/status`, { status: "supported" })).json().status).toBe("supported");
    expect(codeOf(await call(s.leader, "POST", `/ideas/${idea.id}/status`, { status: "in_progress" }))).toEqual([403, "FORBIDDEN"]);
    expect((await call(s.owner, "POST", `/ideas/${idea.id}/status`, { status: "in_progress" })).json().status).toBe("in_progress");
    const shipped = (await call(s.owner, "POST", `/ideas/${idea.id}/status`, { status: "shipped" })).json();
    expect(shipped).toMatchObject({ status: "shipped", shippedAt: "2026-09-01T08:00:00.000Z" });
    const credit = await t.ctx.db.kysely.selectFrom("events").select("data").where("type", "=", "idea.shipped").where("subject_id", "=", idea.id).executeTakeFirstOrThrow();
    expect(JSON.parse(credit.data).mentors.map((m: { name: string }) => m.name)).toEqual(["Mina Mentor", "Pat Practitioner"]);

    const gallery = (await call(s.other, "GET", "/ideas?status=shipped")).json();
    expect(gallery.items.map((i: { id: number }) => i.id)).toEqual([idea.id]);
    expect((await call(s.mentor, "GET", "/ideas?mentor=me")).json().items.map((i: { id: number }) => i.id)).toEqual([idea.id]);
    expect((await call(s.other, "GET", `/ideas?topicId=${audio.id}`)).json().items.map((i: { id: number }) => i.id)).toEqual([idea.id]);

    const copy = await call(s.other, "POST", `/ideas/${idea.id}/copy`);
    expect(copy.statusCode).toBe(201);
    expect(copy.json()).toMatchObject({ ownerId: people.other.id, copiedFromId: idea.id, status: "proposed", pitch: idea.pitch, goals: idea.goals, mentors: [], progress: 0 });
    expect(copy.json().milestones.map((m: { title: string; done: boolean }) => [m.title, m.done])).toEqual([["Write the first script", false], ["Publish episode 1", false]]);
    expect((await call(s.other, "GET", "/ideas?owner=me")).json().items.map((i: { id: number }) => i.id)).toEqual([copy.json().id]);
    expect(codeOf(await call(s.owner, "POST", `/ideas/${copy.json().id}/copy`))).toEqual([409, "INVALID_IDEA_STATUS"]);
  });

  it("grows an idea request into a proposal that keeps the request and its history", async () => {
    const request = (await call(s.owner, "POST", "/requests", { title: "Help my class make a radio show", description: "We want to record weekly.", topicId: podcasts.id, mode: "idea" })).json();
    expect(codeOf(await call(s.other, "POST", `/requests/${request.id}/idea`))).toEqual([404, "REQUEST_NOT_FOUND"]);
    const idea = await call(s.owner, "POST", `/requests/${request.id}/idea`);
    expect(idea.statusCode).toBe(201);
    expect(idea.json()).toMatchObject({ requestId: request.id, title: "Help my class make a radio show", pitch: "We want to record weekly.", topicIds: [podcasts.id], support: ["mentoring"], status: "proposed" });
    const { timeline } = (await call(s.owner, "GET", `/requests/${request.id}/conversation`)).json();
    expect(timeline.map((e: { type: string }) => e.type)).toEqual(["request.created", "request.became_idea"]);
    expect(timeline.at(-1)).toMatchObject({ actorName: "Olive Owner", data: { ideaId: idea.json().id } });
    expect((await call(s.owner, "GET", `/requests/${request.id}`)).json().status).toBe("new");
    expect(codeOf(await call(s.owner, "POST", `/requests/${request.id}/idea`))).toEqual([409, "REQUEST_ALREADY_IDEA"]);

    const fix = (await call(s.owner, "POST", "/requests", { title: "Please fix my projector", description: "", topicId: podcasts.id, mode: "do" })).json();
    expect(codeOf(await call(s.owner, "POST", `/requests/${fix.id}/idea`))).toEqual([409, "NOT_AN_IDEA_REQUEST"]);
  });

  it("lets only the owner edit, move and plan their idea, with clear errors for everyone else", async () => {
    const idea = await propose(s.owner);
    const url = `/ideas/${idea.id}`;
    const milestone = (await call(s.owner, "POST", `${url}/milestones`, { title: "Plan" })).json();
    expect(codeOf(await call(s.other, "PATCH", url, { title: "Mine now", version: 1 }))).toEqual([403, "FORBIDDEN"]);
    expect(codeOf(await call(s.tech, "PATCH", url, { title: "Mine now", version: 1 }))).toEqual([403, "FORBIDDEN"]);
    expect(codeOf(await call(s.other, "POST", `${url}/status`, { status: "paused" }))).toEqual([403, "FORBIDDEN"]);
    expect(codeOf(await call(s.other, "POST", `${url}/milestones`, { title: "Sneaky" }))).toEqual([403, "FORBIDDEN"]);
    expect(codeOf(await call(s.other, "PATCH", `${url}/milestones/${milestone.id}`, { done: true }))).toEqual([403, "FORBIDDEN"]);
    expect(codeOf(await call(s.other, "DELETE", `${url}/mentors/${people.mentor.id}`))).toEqual([403, "FORBIDDEN"]);

    expect(codeOf(await call(s.owner, "GET", "/ideas/99999"))).toEqual([404, "IDEA_NOT_FOUND"]);
    expect(codeOf(await call(s.owner, "PATCH", "/ideas/99999", { title: "x", version: 1 }))).toEqual([404, "IDEA_NOT_FOUND"]);
    expect(codeOf(await call(s.owner, "PATCH", `${url}/milestones/99999`, { done: true }))).toEqual([404, "MILESTONE_NOT_FOUND"]);
    expect(codeOf(await call(s.owner, "DELETE", `${url}/mentors/${people.mentor.id}`))).toEqual([404, "IDEA_MENTOR_NOT_FOUND"]);
    expect(codeOf(await call(s.owner, "POST", url.replace(/\d+$/, "99999") + "/copy"))).toEqual([404, "IDEA_NOT_FOUND"]);
    expect(codeOf(await call(s.owner, "POST", "/ideas", { title: "T", pitch: "P", topicIds: [99999] }))).toEqual([404, "TOPIC_NOT_FOUND"]);
    expect((await call(s.owner, "POST", "/ideas", { title: "", pitch: "P" })).statusCode).toBe(400);
    expect((await call(s.owner, "POST", "/ideas", { title: "T", pitch: "P", support: ["money"] })).statusCode).toBe(400);
    expect((await call(s.owner, "POST", `${url}/status`, { status: "done" })).statusCode).toBe(400);

    const edited = (await call(s.owner, "PATCH", url, { title: "Grade 7 podcast club", version: 1 })).json();
    expect(edited).toMatchObject({ title: "Grade 7 podcast club", version: 2 });
    expect(codeOf(await call(s.owner, "PATCH", url, { title: "Stale", version: 1 }))).toEqual([409, "VERSION_CONFLICT"]);

    expect(codeOf(await call(s.owner, "POST", `${url}/status`, { status: "shipped" }))).toEqual([409, "INVALID_IDEA_STATUS"]);
    expect((await call(s.owner, "POST", `${url}/status`, { status: "paused" })).json()).toMatchObject({ status: "paused", pausedFrom: "proposed" });
    expect(codeOf(await call(s.owner, "POST", `${url}/status`, { status: "shipped" }))).toEqual([409, "INVALID_IDEA_STATUS"]);
    expect((await call(s.owner, "POST", `${url}/status`, { status: "proposed" })).json()).toMatchObject({ status: "proposed", pausedFrom: null });
    expect((await call(s.tech, "POST", `${url}/status`, { status: "supported" })).json().status).toBe("supported");
    expect(codeOf(await call(s.owner, "POST", `${url}/status`, { status: "in_progress", version: 1 }))).toEqual([409, "VERSION_CONFLICT"]);
  });

  it("shows a student's idea to staff, its owner and its mentors, not to other students", async () => {
    const mine = await propose(s.student, { title: "Student radio", topicIds: [] });
    const staffIdea = await propose(s.owner, { title: "Staff idea" });
    expect(codeOf(await call(s.student2, "GET", `/ideas/${mine.id}`))).toEqual([404, "IDEA_NOT_FOUND"]);
    const seenByStudent2 = (await call(s.student2, "GET", "/ideas?limit=200")).json().items.map((i: { id: number }) => i.id);
    expect(seenByStudent2).toContain(staffIdea.id);
    expect(seenByStudent2).not.toContain(mine.id);
    expect((await call(s.other, "GET", `/ideas/${mine.id}`)).statusCode).toBe(200);
    expect((await call(s.student, "POST", `/ideas/${mine.id}/mentors/${people.student2.id}`)).statusCode).toBe(200);
    expect((await call(s.student2, "GET", `/ideas/${mine.id}`)).statusCode).toBe(200);
    expect((await call(s.student2, "GET", "/ideas?mentor=me")).json().items.map((i: { id: number }) => i.id)).toEqual([mine.id]);
    expect((await call(s.student, "GET", `/ideas/${mine.id}/suggestions`)).json()).toMatchObject({ mentors: [], trainings: [] });
  });

  it("pages the list with an opaque cursor", async () => {
    const first = (await call(s.owner, "GET", "/ideas?limit=2")).json();
    expect(first.items).toHaveLength(2);
    const second = (await call(s.owner, "GET", `/ideas?limit=2&cursor=${first.nextCursor}`)).json();
    expect(second.items[0].id).toBeLessThan(first.items[1].id);
    expect(codeOf(await call(s.owner, "GET", "/ideas?cursor=nonsense"))).toEqual([400, "INVALID_CURSOR"]);
  });
});
