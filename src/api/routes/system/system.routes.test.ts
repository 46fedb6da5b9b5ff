import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { createTestContext, type TestContext } from "../../../db/testing/test-databases.js";
import { createTestApp, type TestApp } from "../../testing/test-app.js";

describe("open routes, OpenAPI and envelopes", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("serves /healthz and /readyz without sign-in", async () => {
    expect((await t.app.inject({ url: "/healthz" })).json()).toEqual({ status: "ok" });
    const ready = await t.app.inject({ url: "/readyz" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().status).toBe("ready");
  });

  it("serves the OpenAPI document listing the routes, and the docs page", async () => {
    const doc = await t.app.inject({ url: "/api/v1/openapi.json" });
    expect(doc.statusCode).toBe(200);
    const paths = Object.keys(doc.json().paths);
    expect(paths).toEqual(expect.arrayContaining(["/api/v1/session", "/api/v1/me", "/api/v1/people", "/api/v1/people/{id}", "/api/v1/topics", "/api/v1/campuses"]));
    const docs = await t.app.inject({ url: "/api/docs/" });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers["content-type"]).toContain("text/html");
  });

  it("answers unknown API routes with a JSON 404 code", async () => {
    const r = await t.app.inject({ url: "/api/v1/nothing-here" });
    expect(r.statusCode).toBe(404);
    expect(r.json().error.code).toBe("ROUTE_NOT_FOUND");
  });

  it("sets security headers and a request id", async () => {
    const r = await t.app.inject({ url: "/healthz", headers: { "x-request-id": "trace-123" } });
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(r.headers["x-request-id"]).toBe("trace-123");
  });
});

describe("readiness", () => {
  let test: TestContext;
  beforeAll(async () => {
    test = await createTestContext("sqlite");
  });
  afterAll(() => test.close());

  it("answers 503 on /readyz and the API until start-up completes", async () => {
    const readiness = { ready: false, demo: true };
    const app = await buildApp(test.ctx, { cookieSecret: "x".repeat(40), readiness });
    expect((await app.inject({ url: "/readyz" })).statusCode).toBe(503);
    expect((await app.inject({ url: "/healthz" })).statusCode).toBe(200);
    const api = await app.inject({ method: "POST", url: "/api/v1/session", payload: { email: "a@b.example", password: "x" } });
    expect([api.statusCode, api.json().error.code]).toEqual([503, "NOT_READY"]);
    readiness.ready = true;
    expect((await app.inject({ url: "/readyz" })).json()).toEqual({ status: "ready", demo: true });
    await app.close();
  });
});

describe("the web app", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it("serves index.html for client-side routes and real files as they are", async () => {
    const page = await t.app.inject({ url: "/requests/42" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain('<div id="root">');
    const missingAsset = await t.app.inject({ url: "/assets/nope.js" });
    expect(missingAsset.statusCode).toBe(404);
  });
});
