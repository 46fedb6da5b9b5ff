import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchool, type School } from "../../../db/notifications/testing/notification-school.factory.js";
import { startNotificationWorker } from "../../../platform/mail/notification-worker.js";
import { createTestApp, type Session, type TestApp } from "../../testing/test-app.js";
import { notificationsRoutes } from "./notifications.routes.js";

describe("notifications routes", () => {
  let t: TestApp;
  let s: School;
  let helperSession: Session;
  let requesterSession: Session;
  let requestId: number;

  beforeAll(async () => {
    t = await createTestApp();
    // Until app.ts registers the plugin (a wiring change outside this folder), mount it the same way here.
    if (!t.app.hasRoute({ method: "GET", url: "/api/v1/notifications" })) await t.app.register(notificationsRoutes(t.ctx), { prefix: "/api/v1" });
    s = await buildSchool(t.ctx);
    const request = await s.ask({ title: "Board <b>frozen</b>" });
    requestId = request.id;
    await s.assign(request.id, s.helper.id, s.tech);
    await s.message(request.id, s.requester, "Still frozen");
    await s.message(request.id, s.requester, "Hello?");
    const worker = startNotificationWorker(t.ctx, { intervalMs: 60_000, log: () => {} });
    await worker.runOnce();
    await worker.stop();
    helperSession = await t.signIn(s.helper.email);
    requesterSession = await t.signIn(s.requester.email);
  });
  afterAll(() => t.close());

  const get = (session: Session, url: string) => t.app.inject({ method: "GET", url, headers: { cookie: session.cookie } });
  const post = (session: Session, url: string) => t.app.inject({ method: "POST", url, headers: session.headers });

  it("lists my own notifications, newest first, with the request title and who acted", async () => {
    const response = await get(helperSession, "/api/v1/notifications");
    expect(response.statusCode).toBe(200);
    const { items, nextCursor } = response.json();
    expect(items.map((n: { type: string }) => n.type)).toEqual(["reply_added", "reply_added", "request_assigned"]);
    expect(items[2]).toMatchObject({ requestId, requestTitle: "Board <b>frozen</b>", actorName: "Tess Tech", readAt: null });
    expect(nextCursor).toBeNull();
    const mine = (await get(requesterSession, "/api/v1/notifications")).json().items;
    expect(mine.map((n: { type: string }) => n.type)).toEqual(["helper_assigned"]);
  });

  it("pages with a cursor", async () => {
    const first = (await get(helperSession, "/api/v1/notifications?limit=2")).json();
    expect(first.items).toHaveLength(2);
    const rest = (await get(helperSession, `/api/v1/notifications?limit=2&cursor=${first.nextCursor}`)).json();
    expect(rest.items.map((n: { type: string }) => n.type)).toEqual(["request_assigned"]);
    expect(rest.nextCursor).toBeNull();
    expect((await get(helperSession, "/api/v1/notifications?cursor=nonsense")).json().error.code).toBe("INVALID_CURSOR");
  });

  it("marks one read, counts the unread, and filters by unread", async () => {
    expect((await get(helperSession, "/api/v1/notifications/unread-count")).json()).toEqual({ count: 3 });
    const [newest] = (await get(helperSession, "/api/v1/notifications")).json().items;
    expect((await post(helperSession, `/api/v1/notifications/${newest.id}/read`)).statusCode).toBe(204);
    expect((await get(helperSession, "/api/v1/notifications/unread-count")).json()).toEqual({ count: 2 });
    const unread = (await get(helperSession, "/api/v1/notifications?unread=true")).json().items;
    expect(unread.map((n: { id: number }) => n.id)).not.toContain(newest.id);
  });

  it("answers 404 for someone else's notification and changes nothing", async () => {
    const [theirs] = (await get(helperSession, "/api/v1/notifications?unread=true")).json().items;
    const response = await post(requesterSession, `/api/v1/notifications/${theirs.id}/read`);
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe("NOTIFICATION_NOT_FOUND");
    expect((await post(requesterSession, "/api/v1/notifications/999999/read")).statusCode).toBe(404);
    expect((await get(helperSession, "/api/v1/notifications/unread-count")).json()).toEqual({ count: 2 });
  });

  it("marks all mine read, and needs sign-in and a CSRF token", async () => {
    expect((await t.app.inject({ method: "POST", url: "/api/v1/notifications/read-all", headers: { cookie: helperSession.cookie } })).statusCode).toBe(403);
    expect((await post(helperSession, "/api/v1/notifications/read-all")).statusCode).toBe(204);
    expect((await get(helperSession, "/api/v1/notifications/unread-count")).json()).toEqual({ count: 0 });
    expect((await get(requesterSession, "/api/v1/notifications/unread-count")).json()).toEqual({ count: 1 });
    expect((await t.app.inject({ method: "GET", url: "/api/v1/notifications" })).statusCode).toBe(401);
  });

  it("lists a notification about an idea with the idea's id and title, and no request", async () => {
    const idea = await s.propose("Lunchtime coding club");
    await s.addMentor(idea.id, s.helper.id, s.requester);
    const worker = startNotificationWorker(t.ctx, { intervalMs: 60_000, log: () => {} });
    await worker.runOnce();
    await worker.stop();
    const [newest] = (await get(helperSession, "/api/v1/notifications")).json().items;
    expect(newest).toMatchObject({ type: "idea_mentor_added", ideaId: idea.id, ideaTitle: "Lunchtime coding club", requestId: null, requestTitle: null, actorName: s.requester.name });
  });

  it("stops showing a student's idea to a student mentor taken off it", async () => {
    const owner = await s.person("Sid Student", ["member"], "student");
    const mentor = await s.person("Mia Student", ["member", "helper"], "student");
    const idea = await s.propose("Robotics lunch club", owner);
    await s.addMentor(idea.id, mentor.id, owner);
    const worker = startNotificationWorker(t.ctx, { intervalMs: 60_000, log: () => {} });
    await worker.runOnce();
    await worker.stop();
    const session = await t.signIn(mentor.email);
    const newest = async () => (await get(session, "/api/v1/notifications")).json().items[0];
    expect(await newest()).toMatchObject({ type: "idea_mentor_added", ideaId: idea.id, ideaTitle: "Robotics lunch club" });
    await s.removeMentor(idea.id, mentor.id, owner);
    expect(await newest()).toMatchObject({ type: "idea_mentor_added", ideaId: null, ideaTitle: null });
  });
});
