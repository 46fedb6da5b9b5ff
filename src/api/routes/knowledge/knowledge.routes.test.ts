import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Topic } from "../../../core/people/people.types.js";
import { createTestApp, type Session, type TestApp } from "../../testing/test-app.js";

describe("knowledge base", () => {
  let t: TestApp;
  let topic: Topic;
  let s: Record<"tech" | "helper" | "teacher" | "student", Session>;

  beforeAll(async () => {
    t = await createTestApp();
    topic = await t.addTopic("Google Classroom");
    s = {
      tech: await t.signIn((await t.addPerson({ name: "Tess Tech", roles: ["tech"] })).email),
      helper: await t.signIn((await t.addPerson({ name: "Hugo Helper", roles: ["helper"] })).email),
      teacher: await t.signIn((await t.addPerson({ name: "Tara Teacher" })).email),
      student: await t.signIn((await t.addPerson({ name: "Sam Student", kind: "student" })).email),
    };
  });
  afterAll(() => t.close());

  const call = (session: Session, method: "GET" | "POST" | "PATCH" | "DELETE", url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload && { payload }) });
  const write = (session: Session, article: object) => call(session, "POST", "/articles", article);

  it("lets anyone draft, helpers publish as unvalidated and tech validate", async () => {
    expect((await write(s.teacher, { title: "My tip", body: "Do this", audience: "everyone", state: "draft" })).statusCode).toBe(201);
    const publish = await write(s.teacher, { title: "My tip", body: "Do this", audience: "everyone", state: "unvalidated" });
    expect([publish.statusCode, publish.json().error.code]).toEqual([403, "FORBIDDEN"]);
    const helperArticle = await write(s.helper, { title: "Reset a Chromebook", body: "Hold **Esc + Refresh**, press Power.", audience: "everyone", state: "unvalidated", topicIds: [topic.id] });
    expect(helperArticle.json()).toMatchObject({ state: "unvalidated", version: 1, authorName: "Hugo Helper" });
    expect(helperArticle.json().bodyHtml).toContain("<strong>Esc + Refresh</strong>");
    const validate = await call(s.helper, "PATCH", `/articles/${helperArticle.json().id}`, { version: 1, state: "validated" });
    expect(validate.statusCode).toBe(403);
    const validated = await call(s.tech, "PATCH", `/articles/${helperArticle.json().id}`, { version: 1, state: "validated" });
    expect(validated.json()).toMatchObject({ state: "validated", validatedBy: expect.any(Number) });
  });

  it("keeps versions, shows history and restores an old text as a new version", async () => {
    const a = (await write(s.tech, { title: "Projector input", body: "Press Source.", audience: "staff", state: "validated" })).json();
    const v2 = (await call(s.tech, "PATCH", `/articles/${a.id}`, { version: 1, body: "Press Source, then HDMI 1.", note: "More precise" })).json();
    expect(v2.version).toBe(2);
    const stale = await call(s.tech, "PATCH", `/articles/${a.id}`, { version: 1, body: "Old edit" });
    expect([stale.statusCode, stale.json().error.code]).toEqual([409, "VERSION_CONFLICT"]);
    const history = (await call(s.tech, "GET", `/articles/${a.id}/versions`)).json().items;
    expect(history.map((v: { version: number; note: string }) => [v.version, v.note])).toEqual([
      [2, "More precise"],
      [1, "Created"],
    ]);
    const restored = (await call(s.tech, "POST", `/articles/${a.id}/restore`, { version: 2, restore: 1 })).json();
    expect(restored).toMatchObject({ version: 3, body: "Press Source." });
  });

  it("sends a validated article edited by a helper back to unvalidated", async () => {
    const a = (await write(s.tech, { title: "Wi-Fi for guests", body: "Use the guest network.", audience: "everyone", state: "validated" })).json();
    const edited = (await call(s.helper, "PATCH", `/articles/${a.id}`, { version: a.version, body: "Use the Riverside-Guest network." })).json();
    expect(edited).toMatchObject({ state: "unvalidated", validatedBy: null });
  });

  it("never shows staff-only or tech-only articles to students: not in lists, search, suggestions or by link", async () => {
    const staff = (await write(s.tech, { title: "Gradebook export for staff", body: "Staff gradebook export steps", audience: "staff", state: "validated" })).json();
    const tech = (await write(s.tech, { title: "Gradebook server restart", body: "Tech gradebook restart steps", audience: "tech", state: "validated" })).json();
    const open = (await write(s.tech, { title: "Gradebook for students", body: "Student gradebook view", audience: "everyone", state: "validated" })).json();
    const listed = (await call(s.student, "GET", "/articles?limit=200")).json().items.map((a: { id: number }) => a.id);
    expect(listed).toContain(open.id);
    expect(listed).not.toContain(staff.id);
    expect(listed).not.toContain(tech.id);
    const found = (await call(s.student, "GET", "/search?q=gradebook")).json().items.map((a: { id: number }) => a.id);
    expect(found).toEqual([open.id]);
    const suggested = (await call(s.student, "GET", "/suggestions?q=gradebook")).json().items.map((a: { id: number }) => a.id);
    expect(suggested).toEqual([open.id]);
    expect((await call(s.student, "GET", `/articles/${staff.id}`)).statusCode).toBe(404);
    expect((await call(s.student, "GET", `/articles/${tech.id}`)).statusCode).toBe(404);
    expect((await call(s.teacher, "GET", `/articles/${staff.id}`)).statusCode).toBe(200);
    expect((await call(s.teacher, "GET", `/articles/${tech.id}`)).statusCode).toBe(404);
  });

  it("records 'this solved it' as a deflection, never a request, and learns the wording", async () => {
    const a = (await write(s.tech, { title: "Unmute a Meet call", body: "Click the microphone icon.", audience: "everyone", state: "validated" })).json();
    const requestsBefore = (await call(s.tech, "GET", "/requests?limit=200")).json().items.length;
    const d = await call(s.teacher, "POST", "/deflections", { text: "kids can't hear me in the video lesson", articleId: a.id });
    expect(d.statusCode).toBe(201);
    expect((await call(s.tech, "GET", "/requests?limit=200")).json().items.length).toBe(requestsBefore);
    const learned = (await call(s.teacher, "GET", "/suggestions?q=kids can't hear me")).json().items;
    expect(learned[0]).toMatchObject({ type: "article", id: a.id });
    expect((await call(s.teacher, "GET", `/articles/${a.id}`)).json().helpedCount).toBe(1);
  });

  it("carries articles viewed before 'I still need help' into the request, and links and captures while answering", async () => {
    const helper = (await call(s.helper, "GET", "/me")).json();
    const a = (await write(s.tech, { title: "Share a Drive folder", body: "Right-click → Share.", audience: "everyone", state: "validated" })).json();
    // A tech-only article the teacher can't read is dropped, not carried along.
    const hidden = (await write(s.tech, { title: "Drive admin console", body: "Sharing policy.", audience: "tech", state: "validated" })).json();
    const r = (await call(s.teacher, "POST", "/requests", { title: "Sharing a folder with my class", description: "It says access denied", topicId: topic.id, mode: "guide", viewedArticleIds: [a.id, hidden.id] })).json();
    const viewed = (await call(s.teacher, "GET", `/requests/${r.id}/articles`)).json().items;
    expect(viewed).toEqual([expect.objectContaining({ articleId: a.id, kind: "viewed", title: "Share a Drive folder" })]);

    await call(s.tech, "POST", `/requests/${r.id}/assign`, { assigneeId: helper.id });
    expect((await call(s.teacher, "POST", `/requests/${r.id}/articles`, { articleId: a.id, kind: "solved_by" })).statusCode).toBe(403);
    const linked = await call(s.helper, "POST", `/requests/${r.id}/articles`, { articleId: a.id, kind: "solved_by" });
    expect(linked.statusCode).toBe(201);
    expect(linked.json()).toEqual({ articleId: a.id, requestId: r.id, kind: "solved_by", title: "Share a Drive folder", state: "validated", createdAt: expect.any(String) });
    await call(s.helper, "POST", `/requests/${r.id}/messages`, { body: "Use 'Anyone at Riverside with the link'." });
    const early = await call(s.helper, "POST", `/requests/${r.id}/capture`);
    expect(early.json().error.code).toBe("INVALID_TRANSITION");
    await call(s.helper, "POST", `/requests/${r.id}/resolve`, { kind: "guided" });
    const captured = await call(s.helper, "POST", `/requests/${r.id}/capture`);
    expect(captured.statusCode).toBe(201);
    expect(captured.json()).toMatchObject({ state: "draft", title: "Sharing a folder with my class", topicIds: [topic.id] });
    expect(captured.json().body).toContain("It says access denied");
    expect(captured.json().body).toContain("Anyone at Riverside with the link");
    const kinds = (await call(s.helper, "GET", `/requests/${r.id}/articles`)).json().items.map((l: { kind: string }) => l.kind).sort();
    expect(kinds).toEqual(["created_from", "solved_by", "viewed"]);
    const solved = (await call(s.teacher, "GET", `/articles/${a.id}/requests`)).json().items;
    expect(solved.map((l: { kind: string }) => l.kind).sort()).toEqual(["solved_by", "viewed"]);
    expect(solved.every((l: { requestId: number; title: string }) => l.requestId === r.id && l.title === "Sharing a folder with my class")).toBe(true);
    // The student didn't ask and doesn't hold the request: the article's page shows them none of it.
    expect((await call(s.student, "GET", `/articles/${a.id}/requests`)).json().items).toEqual([]);
  });

  it("sanitizes what it renders and previews", async () => {
    const preview = (await call(s.teacher, "POST", "/articles/preview", { body: '<img src=x onerror="alert(1)"> [x](javascript:alert(1)) **ok**' })).json().html;
    expect(preview).toContain("<strong>ok</strong>");
    expect(preview).not.toMatch(/<img[^>]*onerror|href="javascript:/i);
  });

  it("answers bad input with codes", async () => {
    expect((await write(s.tech, { title: "", body: "x", audience: "everyone" })).statusCode).toBe(400);
    expect((await write(s.tech, { title: "x", body: "x", audience: "parents" })).statusCode).toBe(400);
    expect((await write(s.tech, { title: "x", body: "x", audience: "everyone", topicIds: [9999] })).json().error.code).toBe("TOPIC_NOT_FOUND");
    expect((await call(s.teacher, "POST", "/deflections", { text: "x", articleId: 9999 })).json().error.code).toBe("ARTICLE_NOT_FOUND");
    const a = (await write(s.tech, { title: "Archivable", body: "x", audience: "everyone", state: "validated" })).json();
    const bad = await call(s.tech, "PATCH", `/articles/${a.id}`, { version: a.version, state: "draft" });
    expect([bad.statusCode, bad.json().error.code]).toEqual([409, "INVALID_ARTICLE_STATE"]);
  });
});

describe("knowledge figures", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("computes the link rate over resolved requests for tech and leaders only", async () => {
    const topic = await t.addTopic("Printing");
    const tech = await t.signIn((await t.addPerson({ roles: ["tech"] })).email);
    const teacher = await t.signIn((await t.addPerson()).email);
    const call = (s: Session, method: "GET" | "POST", url: string, payload?: object) => t.app.inject({ method, url: `/api/v1${url}`, headers: s.headers, ...(payload && { payload }) });
    const article = (await call(tech, "POST", "/articles", { title: "Clear a jam", body: "Open tray 2.", audience: "everyone", state: "validated" })).json();
    for (const title of ["Jam in room 4", "Jam in room 5"]) {
      const r = (await call(teacher, "POST", "/requests", { title, description: "", topicId: topic.id, mode: "do" })).json();
      if (title.endsWith("4")) await call(tech, "POST", `/requests/${r.id}/articles`, { articleId: article.id, kind: "solved_by" });
      await call(tech, "POST", `/requests/${r.id}/resolve`, { kind: "done_for" });
    }
    await call(teacher, "POST", "/deflections", { text: "paper stuck", articleId: article.id });
    const stats = (await call(tech, "GET", "/knowledge/stats")).json();
    expect(stats).toMatchObject({ resolvedRequests: 2, linkedResolvedRequests: 1, linkRate: 0.5, deflections: 1, requestsSubmitted: 2 });
    expect(stats.deflectionRate).toBeCloseTo(1 / 3);
    expect((await call(teacher, "GET", "/knowledge/stats")).statusCode).toBe(403);
  });
});
