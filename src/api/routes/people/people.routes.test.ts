import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person } from "../../../core/people/people.types.js";
import { createTestApp, type Session, type TestApp } from "../../testing/test-app.js";

describe("people administration", () => {
  let t: TestApp;
  let admin: Person;
  let adminSession: Session;
  let member: Session;
  let leader: Session;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await t.addPerson({ name: "Ada Admin", roles: ["admin"] });
    adminSession = await t.signIn(admin.email);
    member = await t.signIn((await t.addPerson({ name: "Mo Member" })).email);
    leader = await t.signIn((await t.addPerson({ name: "Lee Leader", roles: ["leader"] })).email);
  });
  afterAll(() => t.close());

  const create = (session: Session, payload: unknown) => t.app.inject({ method: "POST", url: "/api/v1/people", headers: session.headers, payload: payload as object });

  it("lets an admin add a person, who can then sign in", async () => {
    const r = await create(adminSession, { name: "  Nia Novak ", email: "Nia.Novak@School.example", kind: "teacher", campusId: null, roles: ["helper"], password: "a long enough password" });
    expect(r.statusCode).toBe(201);
    expect(r.json()).toMatchObject({ name: "Nia Novak", email: "nia.novak@school.example", kind: "teacher", roles: ["member", "helper"], active: true, hasPassword: true });
    expect(r.json()).not.toHaveProperty("passwordHash");
    const session = await t.signIn("nia.novak@school.example", "a long enough password");
    expect(session.csrfToken).toBeTruthy();
  });

  it("answers 403 FORBIDDEN to a member on an admin route, whatever the body", async () => {
    for (const payload of [{ name: "X", email: "x@school.example", kind: "staff" }, { nonsense: true }, "not json at all"]) {
      const r = await create(member, payload);
      expect(r.statusCode).toBe(403);
      expect(r.json().error.code).toBe("FORBIDDEN");
    }
    const patch = await t.app.inject({ method: "PATCH", url: `/api/v1/people/${admin.id}`, headers: member.headers, payload: { roles: [] } });
    expect(patch.statusCode).toBe(403);
  });

  it("refuses duplicate emails with 409 EMAIL_TAKEN and unknown campuses with 404", async () => {
    const dup = await create(adminSession, { name: "Other", email: admin.email.toUpperCase(), kind: "staff" });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe("EMAIL_TAKEN");
    const campus = await create(adminSession, { name: "Other", email: "other@school.example", kind: "staff", campusId: 999 });
    expect(campus.statusCode).toBe(404);
    expect(campus.json().error.code).toBe("CAMPUS_NOT_FOUND");
  });

  it("rejects bad input with 4xx codes and writes nothing", async () => {
    const cases: [unknown, number, string][] = [
      [{ name: "A", email: "a@school.example", kind: "wizard" }, 400, "VALIDATION_FAILED"],
      [{ name: 42, email: "a@school.example", kind: "staff" }, 400, "VALIDATION_FAILED"],
      [{ name: "A", email: "a@school.example", kind: "staff", isAdmin: true }, 400, "VALIDATION_FAILED"],
      [{ name: "A", email: "not-an-email", kind: "staff" }, 400, "VALIDATION_FAILED"],
      [{ name: "A", email: "a@school.example", kind: "staff", roles: ["overlord"] }, 400, "VALIDATION_FAILED"],
      [{ name: "A", email: "a@school.example", kind: "staff", password: "short" }, 400, "WEAK_PASSWORD"],
    ];
    for (const [payload, status, code] of cases) {
      const r = await create(adminSession, payload);
      expect({ payload, status: r.statusCode, code: r.json().error.code }).toEqual({ payload, status, code });
    }
    const unknownField = await create(adminSession, { name: "A", email: "a@school.example", kind: "staff", isAdmin: true });
    expect(unknownField.json().error.message).toContain("isAdmin");
    const list = await t.app.inject({ method: "GET", url: "/api/v1/people?q=a@school.example", headers: adminSession.headers });
    expect(list.json().items).toHaveLength(0);
  });

  it("answers malformed JSON, wrong content types and oversized bodies with codes", async () => {
    const malformed = await t.app.inject({ method: "POST", url: "/api/v1/people", headers: { ...adminSession.headers, "content-type": "application/json" }, payload: "{name:" });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.code).toBe("MALFORMED_JSON");
    const xml = await t.app.inject({ method: "POST", url: "/api/v1/people", headers: { ...adminSession.headers, "content-type": "application/xml" }, payload: "<a/>" });
    expect(xml.statusCode).toBe(415);
    expect(xml.json().error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
    const huge = await create(adminSession, { name: "x".repeat(2 * 1024 * 1024), email: "big@school.example", kind: "staff" });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe("PAYLOAD_TOO_LARGE");
  });

  it("lists people as {items, nextCursor}, filtered and paginated", async () => {
    for (let i = 0; i < 5; i++) await t.addPerson({ name: `Paged Student ${i}`, kind: "student" });
    const first = await t.app.inject({ method: "GET", url: "/api/v1/people?kind=student&limit=3", headers: leader.headers });
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.items).toHaveLength(3);
    expect(page1.nextCursor).toEqual(expect.any(String));
    const second = (await t.app.inject({ method: "GET", url: `/api/v1/people?kind=student&limit=3&cursor=${page1.nextCursor}`, headers: leader.headers })).json();
    expect(second.items).toHaveLength(2);
    expect(second.nextCursor).toBeNull();
    const names = [...page1.items, ...second.items].map((p: Person) => p.name);
    expect(new Set(names).size).toBe(5);

    const search = (await t.app.inject({ method: "GET", url: "/api/v1/people?q=paged student 3", headers: leader.headers })).json();
    expect(search.items.map((p: Person) => p.name)).toEqual(["Paged Student 3"]);
    const bad = await t.app.inject({ method: "GET", url: "/api/v1/people?cursor=garbage", headers: leader.headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("INVALID_CURSOR");
    const members = await t.app.inject({ method: "GET", url: "/api/v1/people", headers: member.headers });
    expect(members.statusCode).toBe(403);
  });

  it("lets a member see themselves but answers 404 for others", async () => {
    const me = (await t.app.inject({ method: "GET", url: "/api/v1/me", headers: member.headers })).json();
    expect((await t.app.inject({ method: "GET", url: `/api/v1/people/${me.id}`, headers: member.headers })).statusCode).toBe(200);
    const other = await t.app.inject({ method: "GET", url: `/api/v1/people/${admin.id}`, headers: member.headers });
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe("PERSON_NOT_FOUND");
  });

  it("changes roles, and never removes the last active admin", async () => {
    const target = await t.addPerson({ name: "Promoted" });
    const r = await t.app.inject({ method: "PATCH", url: `/api/v1/people/${target.id}`, headers: adminSession.headers, payload: { roles: ["tech", "helper"] } });
    expect(r.json().roles).toEqual(["member", "helper", "tech"]);
    const demote = await t.app.inject({ method: "PATCH", url: `/api/v1/people/${admin.id}`, headers: adminSession.headers, payload: { roles: [] } });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.code).toBe("LAST_ADMIN");
  });

  it("lets an admin set a password and a person change their own", async () => {
    const target = await t.addPerson({ email: "pw@school.example" });
    const set = await t.app.inject({ method: "POST", url: `/api/v1/people/${target.id}/password`, headers: adminSession.headers, payload: { password: "admin chosen password" } });
    expect(set.statusCode).toBe(204);
    const session = await t.signIn("pw@school.example", "admin chosen password");
    const wrong = await t.app.inject({ method: "POST", url: "/api/v1/me/password", headers: session.headers, payload: { currentPassword: "nope", newPassword: "my very own password" } });
    expect(wrong.json().error.code).toBe("WRONG_PASSWORD");
    const ok = await t.app.inject({ method: "POST", url: "/api/v1/me/password", headers: session.headers, payload: { currentPassword: "admin chosen password", newPassword: "my very own password" } });
    expect(ok.statusCode).toBe(204);
    await t.signIn("pw@school.example", "my very own password");
  });
});
