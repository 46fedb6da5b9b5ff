import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dispatchEvents, DAY_MS } from "../../core/notifications/dispatch-events.js";
import { createTestContext, DIALECTS, type TestContext } from "../testing/test-databases.js";
import { NOTIFICATIONS_CURSOR_KEY } from "./event-feed.repository.js";
import { notificationRepositoriesFor } from "./notification-repositories.js";
import { buildSchool, type School } from "./testing/notification-school.factory.js";

const PUBLIC_URL = "https://help.school.example";

for (const dialect of DIALECTS) {
  describe(`notification dispatch on ${dialect}`, () => {
    let t: TestContext;
    let s: School;
    beforeAll(async () => {
      t = await createTestContext(dialect);
      s = await buildSchool(t.ctx);
    });
    afterAll(() => t.close());

    const dispatch = (batchSize = 200) =>
      t.ctx.db.kysely.transaction().execute((trx) => dispatchEvents({ ...notificationRepositoriesFor(trx, t.ctx.db), clock: t.ctx.clock }, { publicUrl: PUBLIC_URL, batchSize }));
    const dispatchAll = async () => {
      while (!(await dispatch()).caughtUp);
    };
    const notificationsOf = (personId: number) =>
      t.ctx.db.kysely.selectFrom("notifications").select(["type", "request_id"]).where("person_id", "=", personId).orderBy("id").execute();
    const mailTo = (personId: number) => t.ctx.db.kysely.selectFrom("mail_outbox").selectAll().where("person_id", "=", personId).orderBy("id").execute();
    const cursor = async () => Number((await t.ctx.repos.settings.get(NOTIFICATIONS_CURSOR_KEY)) ?? "0");
    const maxEventId = async () => (await t.ctx.db.kysely.selectFrom("events").select((eb) => eb.fn.max("id").as("m")).executeTakeFirstOrThrow()).m as number;

    it("skips history older than a day, so a fresh install with a seeded past sends nothing, and still moves the cursor past it", async () => {
      const old = await s.ask({ title: "Last year's printer" });
      await s.assign(old.id, s.helper.id);
      t.clock.advance(DAY_MS + 60_000);
      expect(await dispatch()).toMatchObject({ notifications: 0, mails: 0, caughtUp: true });
      expect(await cursor()).toBe(await maxEventId());
      expect(await notificationsOf(s.helper.id)).toEqual([]);
    });

    it("notifies the tech team and confirms to the requester by email when a request comes in", async () => {
      const request = await s.ask({ urgency: "urgent", title: "Whole lab offline" });
      await dispatchAll();
      for (const tech of [s.tech, s.tech2]) {
        expect(await notificationsOf(tech.id)).toEqual([{ type: "request_created", request_id: request.id }]);
        expect((await mailTo(tech.id)).map((m) => m.subject)).toEqual([`[Urgent] New request #${request.id}: Whole lab offline`]);
      }
      expect(await notificationsOf(s.requester.id)).toEqual([]);
      const [receipt] = await mailTo(s.requester.id);
      expect(receipt).toMatchObject({ subject: `We got your request #${request.id}`, status: "pending", attempts: 0, to_address: s.requester.email });
      expect(receipt!.text_body).toContain(`${PUBLIC_URL}/requests/${request.id}`);
      expect(await cursor()).toBe(await maxEventId());
    });

    it("creates nothing twice when the same events are dispatched again, as a second node would", async () => {
      const request = await s.ask({ title: "Again" });
      await s.assign(request.id, s.helper.id);
      const before = await cursor();
      await dispatchAll();
      const counts = async () =>
        [
          (await t.ctx.db.kysely.selectFrom("notifications").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n,
          (await t.ctx.db.kysely.selectFrom("mail_outbox").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n,
        ].map(Number);
      const once = await counts();
      await t.ctx.repos.settings.set(NOTIFICATIONS_CURSOR_KEY, String(before));
      expect(await dispatch()).toMatchObject({ notifications: 0, mails: 0 });
      expect(await counts()).toEqual(once);
      expect(await notificationsOf(s.helper.id)).toContainEqual({ type: "request_assigned", request_id: request.id });
    });

    it("lets two nodes dispatch at once without duplicating anything", async () => {
      const request = await s.ask({ title: "Racing nodes" });
      await Promise.all([dispatch(), dispatch(), dispatch()]);
      expect((await notificationsOf(s.tech.id)).filter((n) => n.request_id === request.id)).toHaveLength(1);
      expect((await mailTo(s.requester.id)).filter((m) => m.subject === `We got your request #${request.id}`)).toHaveLength(1);
      expect(await cursor()).toBe(await maxEventId());
    });

    it("works through a backlog in batches, advancing the cursor each time", async () => {
      for (let i = 0; i < 5; i++) await s.ask({ title: `Backlog ${i}` });
      const start = await cursor();
      const first = await dispatch(2);
      expect(first).toMatchObject({ events: 2, caughtUp: false });
      expect(await cursor()).toBeGreaterThan(start);
      await dispatchAll();
      expect(await cursor()).toBe(await maxEventId());
    });

    it("keeps internal notes from the requester and shows them to the assignee and the people mentioned, without the note text in mail", async () => {
      const request = await s.ask({ title: "Wi-Fi drops" });
      await s.assign(request.id, s.helper.id);
      await dispatchAll();
      await s.message(request.id, s.tech, "Secret: the AP password is hunter2", { internal: true, mentions: [s.tech2.id] });
      await s.message(request.id, s.helper, "Can you try the other room?");
      await s.setStatus(request.id, "waiting");
      await dispatchAll();
      const requesterTypes = (await notificationsOf(s.requester.id)).filter((n) => n.request_id === request.id).map((n) => n.type);
      expect(requesterTypes).toEqual(["helper_assigned", "reply_added", "request_waiting"]);
      expect((await mailTo(s.requester.id)).map((m) => m.text_body).join("\n")).not.toContain("hunter2");
      expect((await notificationsOf(s.tech2.id)).filter((n) => n.request_id === request.id).map((n) => n.type)).toContain("mentioned");
      const helperMail = (await mailTo(s.helper.id)).filter((m) => m.subject.includes(`#${request.id}`));
      expect(helperMail.map((m) => m.subject)).toContain(`Internal note on #${request.id}: Wi-Fi drops`);
      expect(helperMail.map((m) => m.text_body).join("\n")).not.toContain("hunter2");
      const reply = (await mailTo(s.requester.id)).find((m) => m.subject.startsWith("New reply"));
      expect(reply?.text_body).toContain("> Can you try the other room?");
    });

    it("asks the requester the self-reliance question when their request is resolved", async () => {
      const request = await s.ask({ title: "Share a folder" });
      await s.assign(request.id, s.helper.id);
      await s.resolve(request.id);
      await dispatchAll();
      const mail = (await mailTo(s.requester.id)).find((m) => m.subject === `Your request #${request.id} is resolved`);
      expect(mail?.text_body).toContain(`${PUBLIC_URL}/requests/${request.id}?feedback=1`);
      expect(await notificationsOf(s.requester.id)).toContainEqual({ type: "request_resolved", request_id: request.id });
    });

    it("thanks a community helper whose answer the requester accepted", async () => {
      const request = await s.ask({ title: "Offline Drive", community: true });
      const answer = await s.message(request.id, s.helper, "Tick Offline in Drive settings.");
      await s.accept(request.id, answer.id);
      await dispatchAll();
      expect(await notificationsOf(s.helper.id)).toContainEqual({ type: "answer_accepted", request_id: request.id });
      const mail = (await mailTo(s.helper.id)).find((m) => m.subject === `Your answer solved #${request.id}`);
      expect(mail?.text_body).toContain(`${s.requester.name} accepted your answer on #${request.id} "Offline Drive"`);
    });

    it("keeps an idea's owner and mentors told of each other's updates, status changes and new mentors, never the actor", async () => {
      const idea = await s.propose("Student podcast club");
      await s.addMentor(idea.id, s.helper.id, s.requester); // the owner invites a mentor
      await s.addMentor(idea.id, s.tech2.id, s.tech2); // someone offers themselves
      await s.writeOnIdea(idea.id, s.helper, "Try the library's recording booth first.");
      await s.moveIdea(idea.id, "supported", s.tech);
      await dispatchAll();
      const aboutIdea = async (personId: number) =>
        (await t.ctx.db.kysely.selectFrom("notifications").select(["type", "idea_id", "request_id"]).where("person_id", "=", personId).where("idea_id", "=", idea.id).orderBy("id").execute()).map((n) => n.type);
      expect(await aboutIdea(s.helper.id)).toEqual(["idea_mentor_added", "idea_status_changed"]);
      expect(await aboutIdea(s.requester.id)).toEqual(["idea_mentor_joined", "idea_commented", "idea_status_changed"]);
      expect(await aboutIdea(s.tech2.id)).toEqual(["idea_commented", "idea_status_changed"]);
      expect(await aboutIdea(s.tech.id)).toEqual([]);
      const subjects = (await mailTo(s.requester.id)).map((m) => m.subject);
      expect(subjects).toContain("Theo Tech is mentoring your idea");
      expect(subjects).toContain("The idea Student podcast club is now supported");
      const listed = await notificationRepositoriesFor(t.ctx.db.kysely, t.ctx.db).notifications.list(s.helper.id, { unreadOnly: false, ideaScope: { kind: "all" }, limit: 1 });
      expect(listed.items[0]).toMatchObject({ type: "idea_status_changed", ideaId: idea.id, ideaTitle: "Student podcast club", requestId: null, actorName: s.tech.name });
    });

    it("lists a student's idea to a student mentor only while they mentor it, keeping the notification", async () => {
      const owner = await s.person("Sid Student", ["member"], "student");
      const mentor = await s.person("Mia Student", ["member", "helper"], "student");
      const idea = await s.propose("Robotics lunch club", owner);
      await s.addMentor(idea.id, mentor.id, owner);
      await dispatchAll();
      const newest = async () =>
        (await notificationRepositoriesFor(t.ctx.db.kysely, t.ctx.db).notifications.list(mentor.id, { unreadOnly: false, ideaScope: { kind: "member", personId: mentor.id }, limit: 1 })).items[0];
      expect(await newest()).toMatchObject({ type: "idea_mentor_added", ideaId: idea.id, ideaTitle: "Robotics lunch club" });
      await s.removeMentor(idea.id, mentor.id, owner);
      expect(await newest()).toMatchObject({ type: "idea_mentor_added", ideaId: null, ideaTitle: null });
    });
  });
}
