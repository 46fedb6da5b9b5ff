import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type Session, type TestApp } from "../../testing/test-app.js";

describe("saved views and saved replies", () => {
  let t: TestApp;
  let tech: Session;
  let helper: Session;
  let member: Session;
  beforeAll(async () => {
    t = await createTestApp();
    tech = await t.signIn((await t.addPerson({ roles: ["tech"] })).email);
    helper = await t.signIn((await t.addPerson({ roles: ["helper"] })).email);
    member = await t.signIn((await t.addPerson()).email);
  });
  afterAll(() => t.close());

  it("keeps each person's saved views to themselves", async () => {
    const created = await t.app.inject({ method: "POST", url: "/api/v1/saved-views", headers: tech.headers, payload: { name: "Urgent, unassigned", filters: { urgency: "urgent", assignee: "none" } } });
    expect(created.statusCode).toBe(201);
    expect((await t.app.inject({ url: "/api/v1/saved-views", headers: tech.headers })).json().items).toHaveLength(1);
    expect((await t.app.inject({ url: "/api/v1/saved-views", headers: helper.headers })).json().items).toHaveLength(0);
    const bad = await t.app.inject({ method: "POST", url: "/api/v1/saved-views", headers: tech.headers, payload: { name: "x", filters: { drop: "tables" } } });
    expect(bad.json().error.code).toBe("VALIDATION_FAILED");
    expect((await t.app.inject({ method: "DELETE", url: `/api/v1/saved-views/${created.json().id}`, headers: helper.headers })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "DELETE", url: `/api/v1/saved-views/${created.json().id}`, headers: tech.headers })).statusCode).toBe(204);
  });

  it("lets tech curate saved replies that helpers can use and members can't see", async () => {
    const created = await t.app.inject({ method: "POST", url: "/api/v1/saved-replies", headers: tech.headers, payload: { title: "Password reset", body: "Go to accounts.google.com/signin/recovery and…" } });
    expect(created.statusCode).toBe(201);
    expect((await t.app.inject({ url: "/api/v1/saved-replies", headers: helper.headers })).json().items[0].title).toBe("Password reset");
    expect((await t.app.inject({ url: "/api/v1/saved-replies", headers: member.headers })).statusCode).toBe(403);
    expect((await t.app.inject({ method: "POST", url: "/api/v1/saved-replies", headers: helper.headers, payload: { title: "x", body: "y" } })).statusCode).toBe(403);
    const edited = await t.app.inject({ method: "PATCH", url: `/api/v1/saved-replies/${created.json().id}`, headers: tech.headers, payload: { title: "Reset a Google password" } });
    expect(edited.json().title).toBe("Reset a Google password");
    expect((await t.app.inject({ method: "DELETE", url: "/api/v1/saved-replies/999", headers: tech.headers })).json().error.code).toBe("SAVED_REPLY_NOT_FOUND");
  });
});
