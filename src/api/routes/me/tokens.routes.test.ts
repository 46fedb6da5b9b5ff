import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.js";

describe("personal API tokens", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it("creates a token shown once, which then authenticates without CSRF, and can be revoked", async () => {
    const person = await t.addPerson({ name: "Script Writer" });
    const session = await t.signIn(person.email);
    const created = await t.app.inject({ method: "POST", url: "/api/v1/me/tokens", headers: session.headers, payload: { name: "grading script" } });
    expect(created.statusCode).toBe(201);
    const { id, secret, prefix } = created.json();
    expect(secret).toMatch(/^scf_/);
    expect(secret.startsWith(prefix)).toBe(true);

    const bearer = { authorization: `Bearer ${secret}` };
    const me = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer });
    expect(me.json()).toMatchObject({ name: "Script Writer", csrfToken: null });
    const write = await t.app.inject({ method: "PATCH", url: "/api/v1/me", headers: bearer, payload: { name: "Renamed by script" } });
    expect(write.statusCode).toBe(200);

    const list = await t.app.inject({ method: "GET", url: "/api/v1/me/tokens", headers: bearer });
    expect(list.json().items).toEqual([expect.objectContaining({ id, name: "grading script" })]);
    expect(JSON.stringify(list.json())).not.toContain(secret);

    expect((await t.app.inject({ method: "DELETE", url: `/api/v1/me/tokens/${id}`, headers: session.headers })).statusCode).toBe(204);
    const revoked = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: bearer });
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().error.code).toBe("INVALID_TOKEN");
  });

  it("refuses malformed and unknown bearer tokens", async () => {
    for (const authorization of ["Bearer", "Basic abc", "Bearer scf_unknown"]) {
      const r = await t.app.inject({ method: "GET", url: "/api/v1/me", headers: { authorization } });
      expect(r.statusCode).toBe(401);
      expect(r.json().error.code).toBe("INVALID_TOKEN");
    }
  });

  it("cannot revoke someone else's token", async () => {
    const alice = await t.addPerson();
    const bob = await t.addPerson();
    const a = await t.signIn(alice.email);
    const b = await t.signIn(bob.email);
    const { id } = (await t.app.inject({ method: "POST", url: "/api/v1/me/tokens", headers: a.headers, payload: { name: "mine" } })).json();
    const r = await t.app.inject({ method: "DELETE", url: `/api/v1/me/tokens/${id}`, headers: b.headers });
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe("TOKEN_NOT_FOUND");
  });
});
