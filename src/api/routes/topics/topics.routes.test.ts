import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type Session, type TestApp } from "../../testing/test-app.js";

describe("topics", () => {
  let t: TestApp;
  let tech: Session;
  let member: Session;
  beforeAll(async () => {
    t = await createTestApp();
    tech = await t.signIn((await t.addPerson({ roles: ["tech"] })).email);
    member = await t.signIn((await t.addPerson({ kind: "student" })).email);
  });
  afterAll(() => t.close());

  const post = (payload: object, session = tech) => t.app.inject({ method: "POST", url: "/api/v1/topics", headers: session.headers, payload });
  const patch = (id: number, payload: object, session = tech) => t.app.inject({ method: "PATCH", url: `/api/v1/topics/${id}`, headers: session.headers, payload });

  it("builds a tree that every member can read", async () => {
    const parent = (await post({ name: "Google Classroom", nature: "learnable", description: "Classes, assignments, grading" })).json();
    const child = await post({ name: "Grading", nature: "learnable", parentId: parent.id });
    expect(child.statusCode).toBe(201);
    expect(child.json()).toMatchObject({ name: "Grading", parentId: parent.id, nature: "learnable", archived: false });
    const list = await t.app.inject({ method: "GET", url: "/api/v1/topics", headers: member.headers });
    expect(list.statusCode).toBe(200);
    expect(list.json().nextCursor).toBeNull();
    expect(list.json().items.map((x: { name: string }) => x.name)).toEqual(expect.arrayContaining(["Google Classroom", "Grading"]));
  });

  it("refuses members (403), sibling name clashes (409), cycles (400) and unknown parents (404)", async () => {
    expect((await post({ name: "Nope", nature: "learnable" }, member)).statusCode).toBe(403);
    const root = (await post({ name: "Projectors", nature: "learnable" })).json();
    const clash = await post({ name: "projectors", nature: "specialist" });
    expect([clash.statusCode, clash.json().error.code]).toEqual([409, "TOPIC_NAME_TAKEN"]);
    const lamp = (await post({ name: "Lamp replacement", nature: "specialist", parentId: root.id })).json();
    const cycle = await patch(root.id, { parentId: lamp.id });
    expect([cycle.statusCode, cycle.json().error.code]).toEqual([400, "TOPIC_CYCLE"]);
    const orphan = await post({ name: "Orphan", nature: "learnable", parentId: 9999 });
    expect([orphan.statusCode, orphan.json().error.code]).toEqual([404, "TOPIC_NOT_FOUND"]);
    const badNature = await post({ name: "Odd", nature: "magic" });
    expect(badNature.statusCode).toBe(400);
  });

  it("archives topics: hidden by default, visible to tech on request", async () => {
    const topic = (await post({ name: "Fax machines", nature: "specialist" })).json();
    expect((await patch(topic.id, { archived: true })).json().archived).toBe(true);
    const visible = (await t.app.inject({ method: "GET", url: "/api/v1/topics", headers: tech.headers })).json().items;
    expect(visible.find((x: { id: number }) => x.id === topic.id)).toBeUndefined();
    const all = (await t.app.inject({ method: "GET", url: "/api/v1/topics?includeArchived=true", headers: tech.headers })).json().items;
    expect(all.find((x: { id: number }) => x.id === topic.id)).toBeDefined();
    const memberAll = (await t.app.inject({ method: "GET", url: "/api/v1/topics?includeArchived=true", headers: member.headers })).json().items;
    expect(memberAll.find((x: { id: number }) => x.id === topic.id)).toBeUndefined();
  });

  it("answers 404 for an unknown topic and 400 for a non-numeric id", async () => {
    const missing = await t.app.inject({ method: "GET", url: "/api/v1/topics/4242", headers: member.headers });
    expect([missing.statusCode, missing.json().error.code]).toEqual([404, "TOPIC_NOT_FOUND"]);
    const bad = await t.app.inject({ method: "GET", url: "/api/v1/topics/abc", headers: member.headers });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, "VALIDATION_FAILED"]);
  });
});

describe("campuses", () => {
  let t: TestApp;
  let admin: Session;
  let member: Session;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.signIn((await t.addPerson({ roles: ["admin"] })).email);
    member = await t.signIn((await t.addPerson()).email);
  });
  afterAll(() => t.close());

  it("lets admins add campuses with an IANA time zone, and everyone list them", async () => {
    const r = await t.app.inject({ method: "POST", url: "/api/v1/campuses", headers: admin.headers, payload: { name: "North", timeZone: "Europe/Lisbon" } });
    expect(r.statusCode).toBe(201);
    const bad = await t.app.inject({ method: "POST", url: "/api/v1/campuses", headers: admin.headers, payload: { name: "South", timeZone: "Mars/Olympus" } });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, "INVALID_TIME_ZONE"]);
    const forbidden = await t.app.inject({ method: "POST", url: "/api/v1/campuses", headers: member.headers, payload: { name: "South", timeZone: "UTC" } });
    expect(forbidden.statusCode).toBe(403);
    const list = (await t.app.inject({ method: "GET", url: "/api/v1/campuses", headers: member.headers })).json();
    expect(list).toEqual({ items: [{ id: r.json().id, name: "North", timeZone: "Europe/Lisbon" }], nextCursor: null });
    const renamed = await t.app.inject({ method: "PATCH", url: `/api/v1/campuses/${r.json().id}`, headers: admin.headers, payload: { timeZone: "Asia/Tokyo" } });
    expect(renamed.json().timeZone).toBe("Asia/Tokyo");
  });
});
