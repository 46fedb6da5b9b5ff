import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Person, Topic } from "../../../core/people/people.types.js";
import { DIALECTS } from "../../../db/testing/test-databases.js";
import { createTestApp, type Session, type TestApp } from "../../testing/test-app.js";

const NOW = new Date("2026-09-01T08:00:00Z");
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (ms: number) => new Date(NOW.getTime() + ms).toISOString();

for (const dialect of DIALECTS) describe(`trainings API on ${dialect}`, () => {
  let t: TestApp;
  let classroom: Topic;
  let grading: Topic;
  let printing: Topic;
  let people: Record<"tech" | "mentor" | "member" | "a" | "b" | "c" | "learner", Person>;
  let s: Record<keyof typeof people, Session>;

  beforeAll(async () => {
    t = await createTestApp(dialect, { now: NOW });
    const lisbon = await t.ctx.repos.campuses.create({ name: "Lisbon", timeZone: "Europe/Lisbon" });
    classroom = await t.addTopic("Google Classroom");
    grading = await t.addTopic("Grading", "learnable", classroom.id);
    printing = await t.addTopic("Printing");
    people = {
      tech: await t.addPerson({ name: "Tess Tech", roles: ["tech"] }),
      mentor: await t.addPerson({ name: "Mina Mentor", roles: ["helper"], campusId: lisbon.id }),
      member: await t.addPerson({ name: "Max Member" }),
      a: await t.addPerson({ name: "Ana" }),
      b: await t.addPerson({ name: "Bea" }),
      c: await t.addPerson({ name: "Caio" }),
      learner: await t.addPerson({ name: "Leo Learner" }),
    };
    s = Object.fromEntries(await Promise.all(Object.entries(people).map(async ([k, p]) => [k, await t.signIn(p.email)]))) as typeof s;
    // A mentor skill on the parent topic qualifies for its subtopics.
    await call(s.mentor, "PUT", `/me/skills/${classroom.id}`, { level: "mentor" });
  });
  afterAll(() => t.close());

  const call = (session: Session | null, method: "GET" | "POST" | "PUT" | "DELETE" | "PATCH", url: string, payload?: object) =>
    t.app.inject({ method, url: url.startsWith("/api") ? url : `/api/v1${url}`, headers: session?.headers ?? {}, ...(payload && { payload }) });
  const schedule = (session: Session, overrides: object = {}) =>
    call(session, "POST", "/trainings", { topicId: grading.id, title: "Grading with rubrics", startsAt: at(3 * DAY), durationMinutes: 60, capacity: 10, place: "Library", ...overrides });
  const path = (url: string) => url.slice(t.ctx.config.publicUrl.length);

  it("lets tech and mentors of the topic schedule, not other members", async () => {
    const denied = await schedule(s.member);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe("FORBIDDEN");

    const byMentor = await schedule(s.mentor);
    expect(byMentor.statusCode).toBe(201);
    expect(byMentor.json()).toMatchObject({ facilitatorId: people.mentor.id, facilitatorName: "Mina Mentor", topicId: grading.id, status: "scheduled", enrolled: 0, endsAt: at(3 * DAY + HOUR) });
    expect(byMentor.json().icsUrl).toMatch(new RegExp(`^${t.ctx.config.publicUrl}/api/v1/calendar/trainings/\\d+/[\\w-]+\\.ics$`));

    expect((await schedule(s.tech, { topicId: printing.id, title: "Printing basics" })).statusCode).toBe(201);
    const forSomeoneElse = await schedule(s.tech, { facilitatorId: people.member.id });
    expect(forSomeoneElse.json().error.code).toBe("FACILITATOR_NOT_QUALIFIED");
    expect((await schedule(s.tech, { facilitatorId: people.mentor.id })).json().facilitatorId).toBe(people.mentor.id);
    expect((await schedule(s.mentor, { facilitatorId: people.member.id })).statusCode).toBe(403);
  });

  it("refuses bad input with stable codes", async () => {
    const codes = async (overrides: object) => (await schedule(s.tech, overrides)).json().error?.code;
    expect(await codes({ startsAt: at(-HOUR) })).toBe("TRAINING_IN_PAST");
    expect(await codes({ durationMinutes: undefined, endsAt: at(3 * DAY - HOUR) })).toBe("TRAINING_ENDS_BEFORE_START");
    expect(await codes({ durationMinutes: undefined, endsAt: at(3 * DAY) })).toBe("TRAINING_ENDS_BEFORE_START");
    expect(await codes({ durationMinutes: 0 })).toBe("INVALID_TRAINING_DURATION");
    expect(await codes({ durationMinutes: -30 })).toBe("INVALID_TRAINING_DURATION");
    expect(await codes({ capacity: 0 })).toBe("INVALID_TRAINING_CAPACITY");
    expect(await codes({ topicId: 9999 })).toBe("TOPIC_NOT_FOUND");
    expect(await codes({ materials: [9999] })).toBe("ARTICLE_NOT_FOUND");
    expect((await schedule(s.tech, { startsAt: "tomorrow" })).statusCode).toBe(400);
    const withEnd = await schedule(s.tech, { durationMinutes: undefined, endsAt: at(3 * DAY + 90 * 60_000) });
    expect(withEnd.json().durationMinutes).toBe(90);
  });

  it("enrols up to capacity, then wait-lists in order and moves the first up when someone leaves", async () => {
    const training = (await schedule(s.mentor, { capacity: 1 })).json();
    const enrol = (who: Session) => call(who, "POST", `/trainings/${training.id}/enrolments`);
    const first = await enrol(s.a);
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ personId: people.a.id, status: "enrolled", position: null });
    const twice = await enrol(s.a);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe("ALREADY_ENROLLED");
    const full = await enrol(s.b);
    expect(full.statusCode).toBe(201);
    expect(full.json()).toMatchObject({ status: "waiting", position: 1 });
    expect((await enrol(s.c)).json()).toMatchObject({ status: "waiting", position: 2 });
    expect((await enrol(s.b)).json().error.code).toBe("ALREADY_ENROLLED");
    expect((await call(s.a, "GET", `/trainings/${training.id}`)).json()).toMatchObject({ enrolled: 1, waiting: 2, myEnrolment: { status: "enrolled" } });

    expect((await call(s.a, "DELETE", `/trainings/${training.id}/enrolments/me`)).statusCode).toBe(204);
    const list = (await call(s.mentor, "GET", `/trainings/${training.id}/enrolments`)).json().items;
    expect(list.map((e: { name: string; status: string; position: number | null }) => [e.name, e.status, e.position])).toEqual(
      expect.arrayContaining([["Bea", "enrolled", null], ["Caio", "waiting", 1], ["Ana", "cancelled", null]]),
    );
    const promoted = await t.ctx.db.kysely.selectFrom("events").select("data").where("type", "=", "training.promoted").where("subject_id", "=", training.id).execute();
    expect(promoted.map((e) => JSON.parse(e.data).personId)).toEqual([people.b.id]);
    expect((await call(s.member, "GET", `/trainings/${training.id}/enrolments`)).statusCode).toBe(403);
    expect((await call(s.a, "DELETE", `/trainings/${training.id}/enrolments/me`)).json().error.code).toBe("ENROLMENT_NOT_FOUND");

    // Coming back joins the end of the wait list; more seats move people up too.
    expect((await enrol(s.a)).json()).toMatchObject({ status: "waiting", position: 2 });
    expect((await call(s.mentor, "PATCH", `/trainings/${training.id}`, { capacity: 3 })).json()).toMatchObject({ capacity: 3, enrolled: 3, waiting: 0 });
  });

  it("can't enrol on a training that has started or was cancelled", async () => {
    const training = (await schedule(s.tech, { startsAt: at(HOUR) })).json();
    t.clock.set(new Date(NOW.getTime() + 2 * HOUR));
    try {
      const late = await call(s.a, "POST", `/trainings/${training.id}/enrolments`);
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe("TRAINING_IN_PAST");
    } finally {
      t.clock.set(NOW);
    }
    const other = (await schedule(s.tech)).json();
    expect((await call(s.member, "POST", `/trainings/${other.id}/cancel`)).statusCode).toBe(403);
    expect((await call(s.tech, "POST", `/trainings/${other.id}/cancel`)).json().status).toBe("cancelled");
    expect((await call(s.a, "POST", `/trainings/${other.id}/enrolments`)).json().error.code).toBe("TRAINING_CANCELLED");
  });

  it("takes attendance after the start and raises skills by the growth rules: learning → practitioner, none → learning", async () => {
    await call(s.learner, "PUT", `/me/skills/${grading.id}`, { level: "learning" });
    const training = (await schedule(s.mentor, { startsAt: at(2 * HOUR) })).json();
    for (const who of [s.learner, s.c]) await call(who, "POST", `/trainings/${training.id}/enrolments`);
    const mark = (who: Session, personIds: number[]) => call(who, "PUT", `/trainings/${training.id}/attendance`, { personIds });
    expect((await mark(s.mentor, [people.learner.id])).json().error.code).toBe("TRAINING_NOT_STARTED");
    t.clock.set(new Date(NOW.getTime() + 3 * HOUR));
    try {
      expect((await mark(s.member, [people.learner.id])).statusCode).toBe(403);
      expect((await mark(s.mentor, [people.member.id])).json().error.code).toBe("NOT_ENROLLED");
      const marked = await mark(s.mentor, [people.learner.id, people.c.id]);
      expect(marked.statusCode).toBe(200);
      expect(marked.json().raised).toEqual(
        expect.arrayContaining([
          { personId: people.learner.id, topicId: grading.id, level: "practitioner" },
          { personId: people.c.id, topicId: grading.id, level: "learning" },
        ]),
      );
      expect(await t.ctx.repos.skills.find(people.learner.id, grading.id)).toMatchObject({ level: "practitioner", source: "training" });
      // Marking again never raises twice; unmarking never lowers.
      expect((await mark(s.mentor, [people.learner.id, people.c.id])).json().raised).toEqual([]);
      expect((await mark(s.mentor, [])).json().enrolments.every((e: { attended: boolean }) => !e.attended)).toBe(true);
      expect((await t.ctx.repos.skills.find(people.learner.id, grading.id))?.level).toBe("practitioner");
      const raisedEvents = await t.ctx.db.kysely.selectFrom("events").select("subject_id").where("type", "=", "skill.raised").execute();
      expect(raisedEvents.map((e) => e.subject_id).sort()).toEqual([people.learner.id, people.c.id].sort());
    } finally {
      t.clock.set(NOW);
    }
  });

  it("serves each training as an .ics that an independent parser reads with the right instants, without a session", async () => {
    const training = (await schedule(s.mentor, { title: "Rubrics, grading; and more", startsAt: "2026-12-01T14:30:00Z", durationMinutes: 45, description: "Bring a laptop\nand a class" })).json();
    const response = await call(null, "GET", path(training.icsUrl));
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("text/calendar");
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(response.body)).getFirstSubcomponent("vevent")!);
    expect(event.summary).toBe("Rubrics, grading; and more");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-01T14:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-01T15:15:00.000Z");
    expect(event.location).toBe("Library");
    expect(event.description).toContain("Bring a laptop\nand a class");

    const token = training.icsUrl.split("/").pop().replace(".ics", "");
    expect((await call(null, "GET", `/calendar/trainings/${training.id}.ics?token=${token}`)).statusCode).toBe(200);
    expect((await call(null, "GET", `/calendar/trainings/${training.id}.ics?token=wrong`)).statusCode).toBe(404);
    expect((await call(null, "GET", `/calendar/trainings/${training.id}.ics`)).statusCode).toBe(404);
    expect((await call(null, "GET", `/calendar/trainings/${training.id + 1}/${token}.ics`)).statusCode).toBe(404);

    await call(s.mentor, "POST", `/trainings/${training.id}/cancel`);
    const cancelled = new ICAL.Component(ICAL.parse((await call(null, "GET", path(training.icsUrl))).body)).getFirstSubcomponent("vevent")!;
    expect(cancelled.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("gives each person a calendar feed of their trainings on /me, refused without the right token", async () => {
    const me = (await call(s.b, "GET", "/me")).json();
    expect(me.calendarFeedUrl).toMatch(new RegExp(`^${t.ctx.config.publicUrl}/api/v1/calendar/people/${people.b.id}/[\\w-]+\\.ics$`));
    const training = (await schedule(s.tech, { title: "Feed check", startsAt: "2026-10-05T09:00:00Z", durationMinutes: 30 })).json();
    await call(s.b, "POST", `/trainings/${training.id}/enrolments`);
    const feed = await call(null, "GET", path(me.calendarFeedUrl));
    expect(feed.statusCode).toBe(200);
    const events = new ICAL.Component(ICAL.parse(feed.body)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const found = events.find((e) => e.summary === "Feed check");
    expect(found?.startDate.toJSDate().toISOString()).toBe("2026-10-05T09:00:00.000Z");
    expect(events.some((e) => e.summary === "Printing basics")).toBe(false);

    const token = me.calendarFeedUrl.split("/").pop().replace(".ics", "");
    expect((await call(null, "GET", `/calendar/people/${people.b.id}.ics?token=${token}`)).statusCode).toBe(200);
    expect((await call(null, "GET", `/calendar/people/${people.b.id}.ics`)).statusCode).toBe(404);
    expect((await call(null, "GET", `/calendar/people/${people.a.id}/${token}.ics`)).statusCode).toBe(404);
  });

  it("lists upcoming trainings and the last 90 days by default, by topic with subtopics", async () => {
    const insert = (startsAt: string, title: string) =>
      t.ctx.db.kysely
        .insertInto("trainings")
        .values({ topic_id: classroom.id, title, description: "", facilitator_id: people.tech.id, campus_id: null, starts_at: startsAt, duration_minutes: 60, place: null, video_url: null, capacity: 5, status: "scheduled", created_by: people.tech.id, created_at: at(-200 * DAY), updated_at: at(-200 * DAY) })
        .execute();
    await insert(at(-30 * DAY), "Last month");
    await insert(at(-120 * DAY), "Long ago");
    const titles = (await call(s.member, "GET", `/trainings?topicId=${classroom.id}`)).json().items.map((x: { title: string }) => x.title);
    expect(titles).toContain("Last month");
    expect(titles).toContain("Grading with rubrics");
    expect(titles).not.toContain("Long ago");
    expect(titles).not.toContain("Printing basics");
    const old = (await call(s.member, "GET", `/trainings?from=${at(-150 * DAY)}&to=${at(-100 * DAY)}`)).json().items;
    expect(old.map((x: { title: string }) => x.title)).toEqual(["Long ago"]);
    const mine = (await call(s.b, "GET", "/trainings?mine=true")).json().items;
    expect(mine.every((x: { myEnrolment: unknown }) => x.myEnrolment !== null)).toBe(true);
    for (const item of mine) expect(item.icsUrl.endsWith(".ics")).toBe(true);
  });

  describe("from need to workshop", () => {
    let requestTopic: Topic;
    /** Files a request through the API, then dates it. */
    const ask = async (who: Session, title: string, createdAt: string, topic: Topic = requestTopic) => {
      const r = (await call(who, "POST", "/requests", { title, description: "", topicId: topic.id, mode: "guide" })).json();
      await t.ctx.db.kysely.updateTable("requests").set({ created_at: createdAt }).where("id", "=", r.id).execute();
      return r.id as number;
    };

    beforeAll(async () => {
      requestTopic = await t.addTopic("Shared drives");
    });

    it("points a repeat asker (twice in 90 days) to the next training on the topic, and only the requester", async () => {
      const once = await ask(s.c, "Share a folder with my class", at(-5 * DAY));
      expect((await call(s.c, "GET", `/requests/${once}/next-training`)).json()).toEqual({ requestsOnTopic: 1, repeatAsker: false, training: null });
      await ask(s.a, "share a folder with my class?", at(-100 * DAY));
      const recent = await ask(s.a, "Share a folder with my class", at(-2 * DAY));
      expect((await call(s.a, "GET", `/requests/${recent}/next-training`)).json()).toMatchObject({ requestsOnTopic: 1, repeatAsker: false });
      await ask(s.a, "Shared drive permissions", at(-40 * DAY));
      expect((await call(s.a, "GET", `/requests/${recent}/next-training`)).json()).toMatchObject({ requestsOnTopic: 2, repeatAsker: true, training: null });
      const later = (await schedule(s.tech, { topicId: requestTopic.id, title: "Shared drives, later", startsAt: at(20 * DAY) })).json();
      const sooner = (await schedule(s.tech, { topicId: requestTopic.id, title: "Shared drives, sooner", startsAt: at(6 * DAY) })).json();
      await call(s.tech, "POST", `/trainings/${sooner.id}/cancel`);
      const hint = (await call(s.a, "GET", `/requests/${recent}/next-training`)).json();
      expect(hint.training).toMatchObject({ id: later.id, title: "Shared drives, later" });
      expect(hint.training.icsUrl.endsWith(".ics")).toBe(true);
      expect((await call(s.b, "GET", `/requests/${recent}/next-training`)).statusCode).toBe(404);
    });

    it("ranks proposed workshops by repeat askers for tech, with the common phrasing and the next training", async () => {
      const other = await t.addTopic("Projector");
      await ask(s.b, "Projector shows no signal", at(-3 * DAY), other);
      await ask(s.b, "projector shows no signal!", at(-4 * DAY), other);
      await ask(s.c, "Projector shows no signal", at(-9 * DAY), other);
      await ask(s.c, "Lamp warning", at(-10 * DAY), other);
      await ask(s.member, "Projector remote", at(-10 * DAY), other);
      expect((await call(s.member, "GET", "/trainings/proposed")).statusCode).toBe(403);
      const items = (await call(s.tech, "GET", "/trainings/proposed")).json().items;
      // Projector: 2 people asking twice (4 requests). Shared drives: only Ana asked twice in 90 days (2 requests).
      expect(items.map((p: { topicName: string; people: number; requests: number }) => [p.topicName, p.people, p.requests])).toEqual([
        ["Projector", 2, 4],
        ["Shared drives", 1, 2],
      ]);
      expect(items[0]).toMatchObject({ commonPhrasing: "projector shows no signal", phrasingCount: 3, nextTraining: null, draft: { topicId: other.id, title: "Workshop: Projector" } });
      expect(items[1].nextTraining.title).toBe("Shared drives, later");
      const draft = items[0].draft;
      expect((await call(s.tech, "POST", "/trainings", { ...draft, startsAt: at(7 * DAY), durationMinutes: 60, capacity: 12 })).statusCode).toBe(201);
    });

    it("shows a training's effect: attendees' and others' requests on the topic 90 days before and after", async () => {
      const topic = await t.addTopic("Spreadsheets");
      const training = (await schedule(s.tech, { topicId: topic.id, title: "Spreadsheets 101", startsAt: at(HOUR), durationMinutes: 60 })).json();
      for (const who of [s.a, s.b]) await call(who, "POST", `/trainings/${training.id}/enrolments`);
      // Before: Ana 3, Bea 1, Caio (did not come) 2. After: Ana 1, Bea 0, Caio 2; one too old to count.
      await ask(s.a, "Sum a column", at(-10 * DAY), topic);
      await ask(s.a, "Sum a column", at(-20 * DAY), topic);
      await ask(s.a, "Freeze the header row", at(-80 * DAY), topic);
      await ask(s.a, "Ancient", at(-95 * DAY), topic);
      await ask(s.b, "Chart from a table", at(-1 * DAY), topic);
      await ask(s.c, "Sum a column", at(-5 * DAY), topic);
      await ask(s.c, "Sort by date", at(-6 * DAY), topic);
      // Hand-made data: requests after the training are dated in the (test clock's) future.
      await ask(s.a, "Pivot table", at(10 * DAY), topic);
      await ask(s.c, "Sum a column", at(12 * DAY), topic);
      await ask(s.c, "Sort by date", at(20 * DAY), topic);
      await ask(s.c, "Too late to count", at(100 * DAY), topic);
      await t.ctx.db.kysely.updateTable("enrolments").set({ attended: 1, attendance_marked_at: at(2 * HOUR) }).where("training_id", "=", training.id).execute();
      expect((await call(s.member, "GET", `/trainings/${training.id}/effect`)).statusCode).toBe(403);
      const effect = (await call(s.tech, "GET", `/trainings/${training.id}/effect`)).json();
      expect(effect.attendees).toEqual({ people: 2, requestsBefore: 4, requestsAfter: 1, perPersonBefore: 2, perPersonAfter: 0.5, change: -1.5 });
      expect(effect.nonAttendees).toEqual({ people: 1, requestsBefore: 2, requestsAfter: 2, perPersonBefore: 2, perPersonAfter: 2, change: 0 });
      expect(effect.complete).toBe(false);
    });
  });
});
