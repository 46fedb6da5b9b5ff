import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, sessionCookie, TEST_PASSWORD, type TestApp } from "../../testing/test-app.js";

describe("sign-in and sessions", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("signs in, sets a secure HttpOnly SameSite cookie and answers /me", async () => {
    const person = await t.addPerson({ name: "Ana Teacher", email: "ana@school.example", roles: ["helper"] });
    const response = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email: "ANA@school.example ", password: TEST_PASSWORD } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === "scaffold_session")!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Lax");
    expect(cookie.path).toBe("/");
    expect(response.json().csrfToken).toMatch(/^[\w-]{20,}$/);

    const me = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: sessionCookie(response) } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: person.id, email: "ana@school.example", name: "Ana Teacher", roles: ["member", "helper"] });
  });

  it("refuses a wrong password with 401 INVALID_CREDENTIALS, and an unknown email the same way", async () => {
    await t.addPerson({ email: "bo@school.example" });
    for (const payload of [
      { email: "bo@school.example", password: "not the password" },
      { email: "nobody@school.example", password: TEST_PASSWORD },
    ]) {
      const response = await t.app.inject({ method: "POST", url: "/api/v1/session", payload });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe("INVALID_CREDENTIALS");
      expect(response.cookies).toHaveLength(0);
    }
  });

  it("slows down repeated failures for an account with 429 and Retry-After, even with the right password", async () => {
    await t.addPerson({ email: "cy@school.example" });
    for (let i = 0; i < 5; i++) {
      const r = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email: "cy@school.example", password: "wrong password" } });
      expect(r.statusCode).toBe(401);
    }
    await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email: "cy@school.example", password: "wrong password" } });
    const blocked = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email: "cy@school.example", password: TEST_PASSWORD } });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe("TOO_MANY_SIGN_IN_ATTEMPTS");
    expect(Number(blocked.headers["retry-after"])).toBeGreaterThan(0);

    t.clock.advance(31_000);
    const later = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email: "cy@school.example", password: TEST_PASSWORD } });
    expect(later.statusCode).toBe(200);
  });

  it("answers 401 UNAUTHENTICATED without a session, and for a forged cookie", async () => {
    const none = await t.app.inject({ method: "GET", url: "/api/v1/me" });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.code).toBe("UNAUTHENTICATED");
    const forged = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: "scaffold_session=abc.def" } });
    expect(forged.statusCode).toBe(401);
  });

  it("expires sessions after 14 days without use", async () => {
    const person = await t.addPerson();
    const session = await t.signIn(person.email);
    t.clock.advance(15 * 86_400_000);
    const response = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: session.cookie } });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe("SESSION_EXPIRED");
  });

  it("keeps an active session alive by sliding its expiry", async () => {
    const person = await t.addPerson();
    const session = await t.signIn(person.email);
    for (let day = 0; day < 4; day++) {
      t.clock.advance(10 * 86_400_000);
      const r = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: session.cookie } });
      expect(r.statusCode).toBe(200);
    }
  });

  it("refuses cookie-authenticated writes without the CSRF token", async () => {
    const person = await t.addPerson();
    const session = await t.signIn(person.email);
    const without = await t.app.inject({ method: "PATCH", url: "/api/v1/me", headers: { cookie: session.cookie }, payload: { name: "New" } });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe("CSRF_TOKEN_INVALID");
    const wrong = await t.app.inject({ method: "PATCH", url: "/api/v1/me", headers: { cookie: session.cookie, "x-csrf-token": "nope" }, payload: { name: "New" } });
    expect(wrong.statusCode).toBe(403);
    const right = await t.app.inject({ method: "PATCH", url: "/api/v1/me", headers: session.headers, payload: { name: "New Name" } });
    expect(right.statusCode).toBe(200);
    expect(right.json().name).toBe("New Name");
  });

  it("signs out: the cookie is cleared and the session no longer works", async () => {
    const person = await t.addPerson();
    const session = await t.signIn(person.email);
    const out = await t.app.inject({ method: "DELETE", url: "/api/v1/session", headers: session.headers });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === "scaffold_session")?.value).toBe("");
    const after = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: session.cookie } });
    expect(after.statusCode).toBe(401);
  });

  it("refuses deactivated people", async () => {
    const admin = await t.addPerson({ roles: ["admin"] });
    const person = await t.addPerson({ email: "leaving@school.example" });
    const session = await t.signIn(person.email);
    const adminSession = await t.signIn(admin.email);
    await t.app.inject({ method: "PATCH", url: `/api/v1/people/${person.id}`, headers: adminSession.headers, payload: { active: false } });
    expect((await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { cookie: session.cookie } })).statusCode).toBe(401);
    const again = await t.app.inject({ method: "POST", url: "/api/v1/session", payload: { email: person.email, password: TEST_PASSWORD } });
    expect(again.statusCode).toBe(401);
  });
});
