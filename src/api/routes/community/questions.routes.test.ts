import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person, Topic } from "../../../core/people/people.types.js";
import { createTestApp, type Session, type TestApp } from "../../testing/test-app.js";

describe("community questions", () => {
  let t: TestApp;
  let topic: Topic;
  let asker: Person;
  let skilled: Person;
  let s: Record<"asker" | "skilled" | "outsider" | "tech" | "student", Session>;

  beforeAll(async () => {
    t = await createTestApp();
    const devices = await t.addTopic("Devices", "learnable");
    topic = await t.addTopic("Chromebooks", "learnable", devices.id);
    asker = await t.addPerson({ name: "Ada Asker", kind: "teacher" });
    skilled = await t.addPerson({ name: "Sol Skilled", kind: "teacher" });
    const outsider = await t.addPerson({ name: "Otto Outsider", kind: "teacher", roles: [] });
    const tech = await t.addPerson({ name: "Tess Tech", kind: "staff", roles: ["tech"] });
    const student = await t.addPerson({ name: "Stu Student", kind: "student" });
    // A skill on the parent topic is enough.
    await t.ctx.repos.skills.upsert({ personId: skilled.id, topicId: devices.id, level: "practitioner", source: "declared", at: "2026-09-01T08:00:00.000Z" });
    s = {
      asker: await t.signIn(asker.email),
      skilled: await t.signIn(skilled.email),
      outsider: await t.signIn(outsider.email),
      tech: await t.signIn(tech.email),
      student: await t.signIn(student.email),
    };
  });
  afterAll(() => t.close());

  const call = (session: Session, method: "GET" | "POST" | "PATCH", url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload && { payload }) });
  const feedIds = async (session: Session, query = "") => (await call(session, "GET", `/community/questions${query}`)).json().items.map((q: { id: number }) => q.id);

  it("opens a question to the community, a skilled peer answers, the requester accepts, and the answer becomes the article", async () => {
    const created = await call(s.asker, "POST", "/requests", { title: "How do I enable offline Docs?", description: "On my Chromebook", topicId: topic.id, mode: "guide", community: true });
    expect(created.statusCode).toBe(201);
    const q = created.json();
    expect(q).toMatchObject({ community: true, staffOnly: false, groupId: null, acceptedMessageId: null, minutesSpent: null });

    expect(await feedIds(s.skilled)).toContain(q.id);
    expect(await feedIds(s.skilled, `?topicId=${topic.id}`)).toEqual([q.id]);
    // The topic's audience is `skilled`: someone without the skill neither sees it in the feed nor by id.
    expect(await feedIds(s.outsider)).not.toContain(q.id);
    expect(await feedIds(s.student)).not.toContain(q.id);
    const peek = await call(s.outsider, "GET", `/requests/${q.id}`);
    expect([peek.statusCode, peek.json().error.code]).toEqual([404, "REQUEST_NOT_FOUND"]);
    expect((await call(s.outsider, "POST", `/requests/${q.id}/messages`, { body: "guess" })).statusCode).toBe(404);

    // The skilled peer sees it, answers in public, but can't triage, write internal notes or resolve.
    expect((await call(s.skilled, "GET", `/requests/${q.id}`)).statusCode).toBe(200);
    const answer = await call(s.skilled, "POST", `/requests/${q.id}/messages`, { body: "Open Drive settings and tick Offline." });
    expect(answer.statusCode).toBe(201);
    expect((await call(s.skilled, "POST", `/requests/${q.id}/messages`, { body: "note", internal: true })).statusCode).toBe(403);
    expect((await call(s.skilled, "PATCH", `/requests/${q.id}`, { version: q.version, mode: "do" })).statusCode).toBe(403);
    expect((await call(s.skilled, "POST", `/requests/${q.id}/resolve`, { kind: "guided" })).statusCode).toBe(403);
    await call(s.tech, "POST", `/requests/${q.id}/messages`, { body: "Staff note: licence renews soon", internal: true });
    const peerView = (await call(s.skilled, "GET", `/requests/${q.id}/conversation`)).json();
    expect(peerView.canSeeInternal).toBe(false);
    expect(JSON.stringify(peerView)).not.toContain("licence renews");

    const feedItem = (await call(s.skilled, "GET", "/community/questions")).json().items.find((i: { id: number }) => i.id === q.id);
    expect(feedItem.answerCount).toBe(1);

    // Only the requester accepts, and only someone else's public answer.
    expect((await call(s.skilled, "POST", `/requests/${q.id}/accept`, { messageId: answer.json().id })).statusCode).toBe(403);
    const own = (await call(s.asker, "POST", `/requests/${q.id}/messages`, { body: "Thanks, trying now" })).json();
    const ownAccept = await call(s.asker, "POST", `/requests/${q.id}/accept`, { messageId: own.id });
    expect([ownAccept.statusCode, ownAccept.json().error.code]).toEqual([400, "ANSWER_NOT_ACCEPTABLE"]);
    const missing = await call(s.asker, "POST", `/requests/${q.id}/accept`, { messageId: 999999 });
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, "ANSWER_NOT_FOUND"]);

    const accepted = await call(s.asker, "POST", `/requests/${q.id}/accept`, { messageId: answer.json().id });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ status: "resolved", resolutionKind: "guided", resolverId: skilled.id, assigneeId: skilled.id, acceptedMessageId: answer.json().id });
    const again = await call(s.asker, "POST", `/requests/${q.id}/accept`, { messageId: answer.json().id });
    expect(again.json().error.code).toBe("INVALID_TRANSITION");
    expect(await feedIds(s.skilled)).not.toContain(q.id);

    const timeline = (await call(s.tech, "GET", `/requests/${q.id}/conversation`)).json().timeline.map((e: { type: string }) => e.type);
    expect(timeline.slice(-2)).toEqual(["request.answer_accepted", "request.resolved"]);

    // The answer's author captures it; the article's "How to do it" is the accepted answer.
    const article = await call(s.skilled, "POST", `/requests/${q.id}/capture`);
    expect(article.statusCode).toBe(201);
    expect(article.json().body).toContain("## How to do it\nOpen Drive settings and tick Offline.");
    expect(article.json().body).not.toContain("Thanks, trying now");
    expect((await call(s.outsider, "POST", `/requests/${q.id}/capture`)).statusCode).toBe(404);
  });

  it("lists a community question under an article for those who may see the question, and nobody else", async () => {
    const q = (await call(s.asker, "POST", "/requests", { title: "Chromebook keyboard types wrong letters", description: "", topicId: topic.id, mode: "guide", community: true })).json();
    const article = (await call(s.tech, "POST", "/articles", { title: "Reset the keyboard layout on a Chromebook", body: "Settings → Device → Keyboard.", audience: "everyone", state: "validated" })).json();
    expect((await call(s.tech, "POST", `/requests/${q.id}/articles`, { articleId: article.id, kind: "referenced" })).statusCode).toBe(201);
    const listed = async (session: Session) => (await call(session, "GET", `/articles/${article.id}/requests`)).json().items.map((i: { requestId: number }) => i.requestId);
    // The skilled peer sees the open question in the feed, so also under the article; the outsider sees neither.
    expect(await listed(s.skilled)).toEqual([q.id]);
    expect(await listed(s.asker)).toEqual([q.id]);
    expect(await listed(s.outsider)).toEqual([]);
    expect(await listed(s.student)).toEqual([]);
  });

  it("lets the requester open and close their open request to the community, and nobody else", async () => {
    const r = (await call(s.asker, "POST", "/requests", { title: "Keyboard layout", description: "", topicId: topic.id, mode: "guide" })).json();
    expect(await feedIds(s.skilled)).not.toContain(r.id);
    const opened = await call(s.asker, "PATCH", `/requests/${r.id}`, { version: r.version, community: true });
    expect(opened.json().community).toBe(true);
    expect(await feedIds(s.skilled)).toContain(r.id);
    expect((await call(s.skilled, "PATCH", `/requests/${r.id}`, { version: opened.json().version, community: false })).statusCode).toBe(403);
  });

  it("shows a question on a topic open to everyone to every member, but a staff-only one never to students", async () => {
    const open = await t.addTopic("Printing", "learnable");
    await t.ctx.db.kysely.updateTable("topics").set({ community_audience: "everyone" }).where("id", "=", open.id).execute();
    const everyone = (await call(s.asker, "POST", "/requests", { title: "Print double-sided?", description: "", topicId: open.id, mode: "guide", community: true })).json();
    const staff = (await call(s.asker, "POST", "/requests", { title: "Print report cards", description: "", topicId: open.id, mode: "guide", community: true, staffOnly: true })).json();
    expect(await feedIds(s.outsider)).toEqual(expect.arrayContaining([everyone.id, staff.id]));
    expect(await feedIds(s.student)).toContain(everyone.id);
    expect(await feedIds(s.student)).not.toContain(staff.id);
    expect((await call(s.student, "GET", `/requests/${staff.id}`)).statusCode).toBe(404);
    // Students can't ask staff-only.
    expect((await call(s.student, "POST", "/requests", { title: "x", description: "", topicId: open.id, mode: "guide", staffOnly: true })).statusCode).toBe(403);
  });
});
