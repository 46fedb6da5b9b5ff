import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type InsightHistory, WINDOW, writeInsightHistory } from "../../../db/insights/insight-history.fixture.js";
import { createTestApp, type Session, TEST_PASSWORD, type TestApp } from "../../testing/test-app.js";

const REPORT_KEYS = ["from", "to", "helpers", "requesters", "topics", "rates", "monthly"];
const query = (extra: Record<string, string | number> = {}) => `?${new URLSearchParams(Object.entries({ ...WINDOW, ...extra }).map(([k, v]): [string, string] => [k, String(v)])).toString()}`;

describe("insights routes", () => {
  let t: TestApp;
  let h: InsightHistory;
  let s: Record<"leader" | "admin" | "tech" | "member" | "student" | "r1" | "r2", Session>;

  beforeAll(async () => {
    t = await createTestApp();
    h = await writeInsightHistory(t.ctx.db.kysely, { passwordHash: `plain$${TEST_PASSWORD}` });
    const leader = await t.addPerson({ name: "Lea Leader", kind: "staff", roles: ["leader"] });
    const admin = await t.addPerson({ name: "Ada Admin", kind: "staff", roles: ["admin"] });
    const tech = await t.addPerson({ name: "Ted Tech", kind: "staff", roles: ["tech"] });
    const member = await t.addPerson({ name: "Mo Member", kind: "teacher", roles: ["helper"] });
    const student = await t.addPerson({ name: "Stu Dent", kind: "student" });
    s = {
      leader: await t.signIn(leader.email),
      admin: await t.signIn(admin.email),
      tech: await t.signIn(tech.email),
      member: await t.signIn(member.email),
      student: await t.signIn(student.email),
      r1: await t.signIn("r1@insights.example"),
      r2: await t.signIn("r2@insights.example"),
    };
  });
  afterAll(() => t.close());

  const get = (session: Session, url: string) => t.app.inject({ method: "GET", url: `/api/v1${url}`, headers: session.headers });
  const setShowNames = async (showNames: boolean) =>
    expect((await t.app.inject({ method: "PUT", url: "/api/v1/settings/insights", headers: s.admin.headers, payload: { showNames } })).json()).toEqual({ showNames });

  it("refuses members, helpers and students on every insights route (403)", async () => {
    for (const who of [s.member, s.student, s.r1]) {
      for (const url of ["/insights/dependency", "/insights/dependency.csv", "/insights/helpers", "/insights/requesters", "/settings/insights"]) {
        const response = await get(who, url);
        expect([url, response.statusCode, response.json().error.code]).toEqual([url, 403, "FORBIDDEN"]);
      }
    }
    for (const who of [s.member, s.leader, s.tech]) {
      expect((await t.app.inject({ method: "PUT", url: "/api/v1/settings/insights", headers: who.headers, payload: { showNames: true } })).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: "GET", url: "/api/v1/insights/dependency" })).statusCode).toBe(401);
  });

  it("gives a leader the report: exactly the DependencyReport fields, plus the previous period", async () => {
    const response = await get(s.leader, `/insights/dependency${query()}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual([...REPORT_KEYS, "previous"].sort());
    expect(Object.keys(body.previous).sort()).toEqual([...REPORT_KEYS].sort());
    expect(Object.keys(body.helpers).sort()).toEqual(["gini", "lorenz", "n", "top20Share"]);
    expect(Object.keys(body.rates).sort()).toEqual(["avoidableService", "community", "deflection", "learning", "link", "repeat", "support"]);
    expect(Object.keys(body.monthly[0]).sort()).toEqual(["helpersTop20Share", "month", "rates", "requests", "requestersTop20Share", "resolutions"].sort());
    expect([body.from, body.to, body.helpers.n, body.helpers.top20Share, body.requesters.n]).toEqual([WINDOW.from, WINDOW.to, 5, 0.5, 4]);
    expect(body.topics.filter((x: { busFactor: number }) => x.busFactor === 1).map((x: { topic: string }) => x.topic)).toEqual(["Chromebooks", "Network"]);
    expect(body.previous.to).toBe(WINDOW.from);
    expect((await get(s.tech, `/insights/dependency${query()}`)).json()).toEqual(body);
  });

  it("covers the last 12 months by default and validates the window and filters", async () => {
    const body = (await get(s.admin, "/insights/dependency")).json();
    expect(body.to).toBe("2026-09-01T08:00:00.001Z");
    expect(body.from).toBe("2025-09-01T08:00:00.001Z");
    expect(body.requesters.n).toBe(4);
    const backwards = await get(s.leader, `/insights/dependency?from=${WINDOW.to}&to=${WINDOW.from}`);
    expect([backwards.statusCode, backwards.json().error.code]).toEqual([400, "VALIDATION_FAILED"]);
    expect((await get(s.leader, "/insights/dependency?from=2015-01-01T00:00:00Z&to=2026-01-01T00:00:00Z")).statusCode).toBe(400);
    expect((await get(s.leader, "/insights/dependency?campus=abc")).statusCode).toBe(400);
    expect((await get(s.leader, "/insights/dependency?campus=99999")).json().error.code).toBe("CAMPUS_NOT_FOUND");
    expect((await get(s.leader, "/insights/dependency?topic=99999")).json().error.code).toBe("TOPIC_NOT_FOUND");
  });

  it("changes the figures with the campus and topic filters", async () => {
    const all = (await get(s.leader, `/insights/dependency${query()}`)).json();
    const north = (await get(s.leader, `/insights/dependency${query({ campus: h.campuses.north })}`)).json();
    const network = (await get(s.leader, `/insights/dependency${query({ topic: h.topics.network })}`)).json();
    const devices = (await get(s.leader, `/insights/dependency${query({ topic: h.topics.devices })}`)).json();
    expect([all.requesters.n, north.requesters.n, network.requesters.n]).toEqual([4, 3, 2]);
    expect(north.helpers.n).toBe(4);
    expect(network.topics).toEqual([{ topic: "Network", busFactor: 1, resolutions: 3 }]);
    expect(network.rates.support).toBe(0);
    expect(devices.topics.map((x: { topic: string }) => x.topic).sort()).toEqual(["Chromebooks", "Devices"]);
  });

  it("hides names from leaders unless the school allows them, and never names students to leaders", async () => {
    const labels = async (session: Session, side: string) =>
      (await get(session, `/insights/${side}${query()}`)).json().items.map((i: { label: string; count: number }) => `${i.label}:${i.count}`);
    expect(await labels(s.leader, "helpers")).toEqual([
      "Tech team, North campus:5",
      "Teachers, North campus:2",
      "Other members, North campus:1",
      "Students, North campus:1",
      "Teachers, South campus:1",
    ]);
    expect(await labels(s.leader, "requesters")).toEqual(["Teachers, North campus:9", "Students, North campus:2", "Staff, South campus:1"]);
    const grouped = (await get(s.leader, `/insights/requesters${query()}`)).json().items;
    expect(grouped[0]).toEqual({ key: "group:teacher:North campus", label: "Teachers, North campus", count: 9, share: 0.75 });
    expect(JSON.stringify(grouped)).not.toMatch(/Rita|Raul|Stella|person:/);

    await setShowNames(true);
    expect((await get(s.admin, "/settings/insights")).json()).toEqual({ showNames: true });
    expect(await labels(s.leader, "helpers")).toEqual(["Tess Tech:5", "Hugo Helper:2", "Hana Southhelper:1", "Olga Other:1", "Students, North campus:1"]);
    expect(await labels(s.leader, "requesters")).toEqual(["Rita Requester:6", "Raul Requester:3", "Students, North campus:2", "Sam Staff:1"]);
    expect((await get(s.leader, `/insights/requesters${query()}`)).json().items[0]).toEqual({ key: `person:${h.people.r1}`, label: "Rita Requester", count: 6, share: 0.5 });
    await setShowNames(false);
    expect(await labels(s.leader, "requesters")).toEqual(["Teachers, North campus:9", "Students, North campus:2", "Staff, South campus:1"]);

    // Tech and admins always see names, students' included.
    expect(await labels(s.tech, "requesters")).toEqual(["Rita Requester:6", "Raul Requester:3", "Stella Student:2", "Sam Staff:1"]);
    expect(await labels(s.admin, "helpers")).toContain("Tim Teamstudent:1");
    const south = (await get(s.tech, `/insights/helpers${query({ campus: h.campuses.south })}`)).json().items;
    expect(south).toEqual([{ key: `person:${h.people.h5}`, label: "Olga Other", count: 1, share: 1 }]);
  });

  it("exports the monthly figures and the topic table as formula-safe CSV", async () => {
    await t.ctx.db.kysely.updateTable("topics").set({ name: "=HYPERLINK(\"http://x\")" }).where("id", "=", h.topics.network).execute();
    const response = await get(s.leader, `/insights/dependency.csv${query()}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toContain("dependency.csv");
    const [monthly, topics] = response.body.replace(/^\uFEFF/, "").trim().split("\r\n\r\n");
    const monthRows = monthly!.split("\r\n");
    expect(monthRows[0]).toBe("month,requests,resolutions,helpersTop20Share,requestersTop20Share,supportRate,avoidableServiceRate,deflectionRate,learningRate,repeatRate,communityRate,linkRate");
    expect(monthRows.slice(1).map((r) => r.split(",").slice(0, 3).join(","))).toEqual(["2026-06,0,0", "2026-07,12,10", "2026-08,0,0"]);
    expect(monthRows[2]).toContain(",0.25,0.6,");
    const topicRows = topics!.split("\r\n");
    expect(topicRows[0]).toBe("topic,busFactor,resolutions,flagged");
    expect(topicRows).toContain("Chromebooks,1,4,yes");
    expect(topicRows).toContain('"\'=HYPERLINK(""http://x"")",1,3,yes');
    expect(topicRows).toContain("Devices,2,3,no");
    await t.ctx.db.kysely.updateTable("topics").set({ name: "Network" }).where("id", "=", h.topics.network).execute();
  });

  it("shows each member their own growth, and only theirs", async () => {
    const at = "2026-07-20T12:00:00.000Z";
    for (const [person, topic] of [[h.people.r1, h.topics.chromebooks], [h.people.r2, h.topics.devices]] as const) {
      await t.ctx.db.kysely
        .insertInto("events")
        .values({ type: "skill.raised", actor_id: null, subject_type: "person", subject_id: person, data: JSON.stringify({ topicId: topic, from: null, to: "learning" }), created_at: at })
        .execute();
    }
    const mine = (await get(s.r1, "/me/growth")).json();
    expect([mine.from, mine.to, mine.timeZone]).toEqual(["2025-09-01T08:00:00.001Z", "2026-09-01T08:00:00.001Z", "Europe/London"]);
    expect(mine.months).toEqual([
      { month: "2026-07", asked: { guide: 1, idea: 0, do: 5 }, resolved: { selfSolved: 0, guided: 1, doneFor: 1, specialistFix: 2 }, couldDoItMyself: { yes: 1, partly: 0, no: 1 }, skillsGained: 1 },
    ]);
    expect(mine.skills).toEqual([{ at, topic: "Chromebooks", from: null, to: "learning" }]);
    expect(mine.highlights.join(" ")).toContain("Chromebooks");
    const theirs = (await get(s.r2, "/me/growth")).json();
    expect(theirs.months[0].asked).toEqual({ guide: 1, idea: 1, do: 1 });
    expect(theirs.skills.map((x: { topic: string }) => x.topic)).toEqual(["Devices"]);
    const none = (await get(s.member, "/me/growth")).json();
    expect([none.months, none.skills]).toEqual([[], []]);
    expect(none.highlights).toHaveLength(1);
    expect((await get(s.r1, `/me/growth?from=${WINDOW.to}&to=${WINDOW.from}`)).statusCode).toBe(400);
  });
});
