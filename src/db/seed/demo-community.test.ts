import { describe, expect, it } from "vitest";
import { type DemoCommunity, DEMO_TEAM_NAME, eligibleHelpers, MIN_ELIGIBLE, planDemoCommunity } from "./demo-community.js";
import { MENTOR_SCORE, resolutionsBy } from "./demo-community-skills.js";
import { type DemoHistory, planDemoHistory } from "./demo-requests.js";

const NOWS = ["2026-09-01T08:00:00Z", "2026-11-30T12:00:00Z"];
const open = (h: DemoHistory, i: number) => !["resolved", "closed"].includes(h.requests[i]!.status);

describe.each(NOWS)("the demo community planned for %s", (now) => {
  const history = planDemoHistory(new Date(now));
  const plan = planDemoCommunity(history);
  const { people, topics, cast } = history;
  const email = (e: string) => cast.byEmail.get(e)!;
  const skill = (p: DemoCommunity, person: number, topic: string) => p.skills.find((s) => s.person === person && topics[s.topic]!.name === topic);

  it("is the same every time for the same history", () => {
    expect(planDemoCommunity(history)).toEqual(plan);
  });

  it("leaves every topic at least two eligible helpers, counting open load, caps and who is away", () => {
    const eligible = eligibleHelpers(history, plan);
    for (const t of topics) expect(eligible[t.index]!.length, t.name).toBeGreaterThanOrEqual(MIN_ELIGIBLE);
    const away = plan.profiles.filter((p) => p.away);
    expect(away.length).toBeGreaterThanOrEqual(2);
    expect(away.length).toBeLessThanOrEqual(3);
    for (const p of away) expect(eligible.some((list) => list.includes(p.person))).toBe(false);
  });

  it("gives every helper a profile with a cap above the open requests they hold", () => {
    const loads = new Map<number, number>();
    for (const r of history.requests) if (r.assignee !== null && open(history, r.index)) loads.set(r.assignee, (loads.get(r.assignee) ?? 0) + 1);
    expect(plan.profiles.map((p) => p.person).sort((a, b) => a - b)).toEqual(cast.helpers.map((h) => h.person).sort((a, b) => a - b));
    for (const p of plan.profiles) {
      expect(p.openCap).toBeGreaterThan(loads.get(p.person) ?? 0);
      expect(p.bio.length).toBeGreaterThan(20);
      expect(p.hoursPerWeek).toBeGreaterThan(0);
    }
  });

  it("earns skills from the history, a level by how much each helper resolved", () => {
    const resolved = resolutionsBy(history);
    for (const h of cast.helpers) {
      for (const [topic, { count }] of resolved.get(h.person) ?? []) {
        const s = plan.skills.find((k) => k.person === h.person && k.topic === topic);
        expect(s, `${people[h.person]!.email} on ${topics[topic]!.name}`).toBeDefined();
        if (count >= MENTOR_SCORE) expect(s!.level).toBe("mentor");
      }
    }
    const sources = new Set(plan.skills.map((s) => s.source));
    expect([...sources].sort()).toEqual(["declared", "earned", "training"]);
    const endorsed = plan.skills.filter((s) => s.endorsedBy !== null).length / plan.skills.length;
    expect(endorsed).toBeGreaterThan(0.2);
    expect(endorsed).toBeLessThan(0.4);
    const techs = new Set(cast.helpers.filter((h) => h.tech).map((h) => h.person));
    expect(plan.skills.every((s) => s.endorsedBy === null || (techs.has(s.endorsedBy) && s.endorsedBy !== s.person))).toBe(true);
    const members = new Set(plan.skills.map((s) => s.person).filter((p) => !cast.helpers.some((h) => h.person === p)));
    expect(members.size).toBeGreaterThan(0);
  });

  it("shows the demo accounts' skills", () => {
    expect(plan.skills.filter((s) => s.person === email("tech@riverside.example") && s.level === "mentor").length).toBeGreaterThanOrEqual(10);
    expect(["practitioner", "mentor"]).toContain(skill(plan, email("helper@riverside.example"), "Google Classroom")?.level);
    expect(["practitioner", "mentor"]).toContain(skill(plan, email("helper@riverside.example"), "Video & podcasting")?.level);
    const kenji = email("studenttech@riverside.example");
    expect(skill(plan, kenji, "Chromebooks")?.level).toBe("practitioner");
    expect(plan.skills.filter((s) => s.person === kenji && s.level === "learning").length).toBeGreaterThanOrEqual(2);
  });

  it("lists interests for about forty people", () => {
    const who = new Set(plan.interests.map((i) => i.person));
    expect(who.size).toBeGreaterThanOrEqual(35);
    expect(who.size).toBeLessThanOrEqual(45);
    expect(who.has(email("teacher@riverside.example"))).toBe(true);
  });

  it("forms the student tech team: students with the helper role, a trainee, and staff supervisors", () => {
    expect(plan.group.name).toBe(DEMO_TEAM_NAME);
    const members = plan.group.members.filter((m) => m.role === "member").map((m) => m.person);
    const supervisors = plan.group.members.filter((m) => m.role === "supervisor").map((m) => m.person);
    expect(members).toContain(email("studenttech@riverside.example"));
    expect(members.length).toBeGreaterThanOrEqual(6);
    expect(members.length).toBeLessThanOrEqual(8);
    expect(members.every((p) => people[p]!.kind === "student")).toBe(true);
    expect(supervisors).toContain(email("tech@riverside.example"));
    expect(supervisors.every((p) => people[p]!.kind !== "student")).toBe(true);
  });

  it("routes about forty requests to the team, held or resolved by its students, none staff-only", () => {
    const team = new Set(plan.group.members.filter((m) => m.role === "member").map((m) => m.person));
    const staffOnly = new Set(plan.staffOnly);
    expect(plan.groupRequests.length).toBeGreaterThanOrEqual(35);
    expect(plan.groupRequests.length).toBeLessThanOrEqual(45);
    for (const i of plan.groupRequests) {
      const r = history.requests[i]!;
      expect(staffOnly.has(i)).toBe(false);
      expect(r.assignee === null || team.has(r.assignee), r.title).toBe(true);
      if (r.resolvedAt !== null) expect(team.has(r.resolver!)).toBe(true);
    }
    expect(plan.groupRequests.some((i) => open(history, i))).toBe(true);
    expect(plan.minutesSpent.map((m) => m.request)).toEqual(plan.groupRequests.filter((i) => history.requests[i]!.resolvedAt !== null));
    expect(plan.minutesSpent.every((m) => m.minutes >= 5 && m.minutes <= 60)).toBe(true);
  });

  it("keeps about 5% of staff requests staff-only, and opens about thirty community questions", () => {
    const staffRequests = history.requests.filter((r) => ["staff", "teacher"].includes(people[r.requester]!.kind)).length;
    expect(plan.staffOnly.length / staffRequests).toBeGreaterThan(0.03);
    expect(plan.staffOnly.length / staffRequests).toBeLessThan(0.07);
    expect(plan.staffOnly.every((i) => people[history.requests[i]!.requester]!.kind !== "student")).toBe(true);
    expect(plan.community.length).toBe(30);
    const openQuestions = plan.community.filter((i) => open(history, i)).length;
    expect(openQuestions).toBeGreaterThan(0);
    expect(openQuestions).toBeLessThan(plan.community.length / 2);
    const hidden = new Set([...plan.staffOnly, ...plan.groupRequests]);
    expect(plan.community.some((i) => hidden.has(i))).toBe(false);
    expect(plan.everyoneTopics.length).toBeGreaterThanOrEqual(3);
    expect(plan.autoAssignTopics.length).toBeGreaterThanOrEqual(1);
  });
});
