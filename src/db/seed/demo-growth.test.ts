import { describe, expect, it } from "vitest";
import { IDEA_STATUSES } from "../../core/growth/ideas/ideas.types.js";
import { DAY_MS } from "../../core/growth/trainings/trainings.types.js";
import { planDemoCommunity } from "./demo-community.js";
import { planDemoGrowth } from "./demo-growth.js";
import { effectOf, PAST_TRAININGS, qualifies } from "./demo-growth-trainings.js";
import { planDemoKnowledge } from "./demo-knowledge.js";
import { planDemoHistory } from "./demo-requests.js";

const NOW = new Date("2026-09-01T08:00:00Z");
const history = planDemoHistory(NOW);
const knowledge = planDemoKnowledge(history);
const community = planDemoCommunity(history);
const plan = planDemoGrowth(history, knowledge, community);
const email = (i: number) => history.people[i]!.email;
const past = plan.trainings.filter((t) => t.startsAt < NOW.getTime());
const upcoming = plan.trainings.filter((t) => t.startsAt > NOW.getTime());

describe("the demo trainings", () => {
  it("plans a year of past trainings and five in the next three weeks", () => {
    expect(past).toHaveLength(PAST_TRAININGS);
    expect(upcoming).toHaveLength(5);
    expect(past[0]!.startsAt).toBeGreaterThanOrEqual(history.from);
    expect(Math.max(...upcoming.map((t) => t.startsAt))).toBeLessThanOrEqual(NOW.getTime() + 21 * DAY_MS);
    expect(plan.trainings.map((t) => history.topics[t.topic]!.name)).toEqual(expect.arrayContaining(["Grading", "Chromebooks", "Podcast recording", "Two-step verification", "Connecting a laptop"]));
  });

  it("has each held by tech or a mentor of its topic (or a parent), with a place or a link, 8–20 places and materials", () => {
    for (const t of plan.trainings) {
      expect(qualifies(history, community.skills, t.facilitator, t.topic), t.title).toBe(true);
      expect((t.place === null) !== (t.videoUrl === null), t.title).toBe(true);
      expect(t.capacity).toBeGreaterThanOrEqual(8);
      expect(t.capacity).toBeLessThanOrEqual(20);
      expect(t.materials.length).toBeGreaterThan(0);
      for (const a of t.materials) expect(knowledge.articles[a]!.state).not.toBe("archived");
      expect(t.enrolments.some((e) => e.person === t.facilitator)).toBe(false);
      expect(t.createdAt).toBeLessThanOrEqual(history.to);
      const enrolled = t.enrolments.filter((e) => e.status === "enrolled").length;
      expect(enrolled).toBeLessThanOrEqual(t.capacity);
      expect(new Set(t.enrolments.map((e) => e.person)).size).toBe(t.enrolments.length);
    }
    expect(plan.trainings.some((t) => email(t.facilitator) === "tech@riverside.example")).toBe(true);
    expect(plan.trainings.some((t) => !history.people[t.facilitator]!.roles.includes("tech"))).toBe(true);
    expect(upcoming.some((t) => email(t.facilitator) === "helper@riverside.example")).toBe(true);
  });

  it("fills some upcoming ones with a wait list, with teacher@ on one, and marks 70–90% of the past ones' places as attended", () => {
    const full = upcoming.filter((t) => t.enrolments.filter((e) => e.status === "enrolled").length === t.capacity);
    expect(full.length).toBeGreaterThanOrEqual(1);
    for (const t of full) expect(t.enrolments.filter((e) => e.status === "waiting").map((e) => e.position)).toEqual(expect.arrayContaining([1, 2]));
    expect(upcoming.some((t) => t.enrolments.some((e) => e.status === "enrolled" && email(e.person) === "teacher@riverside.example"))).toBe(true);
    for (const t of upcoming) expect(t.enrolments.every((e) => !e.attended && e.createdAt <= history.to)).toBe(true);
    for (const t of past) {
      const rate = t.enrolments.filter((e) => e.attended).length / t.enrolments.length;
      expect(rate, t.title).toBeGreaterThanOrEqual(0.65);
      expect(rate, t.title).toBeLessThanOrEqual(0.92);
      expect(t.enrolments.every((e) => e.createdAt < t.startsAt)).toBe(true);
    }
  });

  it("raises the attendees' skills one step (none → learning → practitioner), from a training", () => {
    expect(plan.raises.length).toBeGreaterThan(30);
    for (const r of plan.raises) {
      expect([[null, "learning"], ["learning", "practitioner"]]).toContainEqual([r.from, r.to]);
      const t = plan.trainings[r.training]!;
      expect(t.enrolments.find((e) => e.person === r.person)?.attended).toBe(true);
      expect(r.topic).toBe(t.topic);
    }
    expect(plan.skills).toHaveLength(new Set(plan.raises.map((r) => `${r.person}:${r.topic}`)).size);
  });

  it("shows a measurable effect: on at least three trainings the attendees ask at most half as often on the topic afterwards", () => {
    const effects = past.map((t) => effectOf(history, t)).filter((e) => e.complete && e.attendees.requestsBefore >= 5 && e.attendees.perPersonAfter <= e.attendees.perPersonBefore / 2);
    expect(effects.length).toBeGreaterThanOrEqual(3);
  });

  it("is the same plan for the same history, and keeps upcoming trainings ahead of any now", () => {
    expect(planDemoGrowth(history, knowledge, community)).toEqual(plan);
    const later = new Date("2027-02-15T10:00:00Z");
    const h = planDemoHistory(later);
    const g = planDemoGrowth(h, planDemoKnowledge(h), planDemoCommunity(h));
    expect(g.trainings.filter((t) => t.startsAt > later.getTime())).toHaveLength(5);
    expect(g.trainings.filter((t) => t.startsAt < later.getTime())).toHaveLength(PAST_TRAININGS);
  });
});

describe("the demo ideas", () => {
  it("plans about ten ideas in every state, three shipped, owned by teachers", () => {
    expect(plan.ideas.length).toBeGreaterThanOrEqual(9);
    for (const status of IDEA_STATUSES) expect(plan.ideas.some((i) => i.status === status), status).toBe(true);
    expect(plan.ideas.filter((i) => i.status === "shipped")).toHaveLength(3);
    for (const i of plan.ideas) {
      expect(history.people[i.owner]!.kind).toBe("teacher");
      expect(i.topics.length).toBeGreaterThan(0);
      expect(i.support.length).toBeGreaterThan(0);
      expect(i.mentors.length).toBeGreaterThanOrEqual(1);
      expect(i.mentors.length).toBeLessThanOrEqual(2);
      expect(i.milestones.length).toBeGreaterThan(0);
      expect(i.mentors.some((m) => m.person === i.owner)).toBe(false);
      expect(i.updatedAt).toBeLessThanOrEqual(history.to);
      expect(i.events[0]!.type).toBe("idea.proposed");
      expect(i.pausedFrom !== null).toBe(i.status === "paused");
      expect(i.shippedAt !== null).toBe(i.status === "shipped");
      if (i.status === "shipped") expect(i.events.some((e) => e.type === "idea.shipped")).toBe(true);
    }
    expect(plan.ideas.some((i) => i.milestones.some((m) => m.doneAt !== null))).toBe(true);
    expect(plan.ideas.some((i) => i.updates.some((u) => u.kind === "check_in"))).toBe(true);
    expect(plan.ideas.some((i) => i.updates.some((u) => u.kind === "comment"))).toBe(true);
  });

  it("gives mentors a skill on the idea's topics (or a parent)", () => {
    const parents = new Map(history.topics.map((t) => [t.index, history.topics.find((p) => p.name === t.group)!.index]));
    for (const i of plan.ideas) {
      const related = new Set(i.topics.flatMap((t) => [t, parents.get(t)!]));
      for (const m of i.mentors) expect(community.skills.some((s) => s.person === m.person && related.has(s.topic)), i.title).toBe(true);
    }
  });

  it("grows one from an idea request and copies one from a shipped idea", () => {
    const grown = plan.ideas.filter((i) => i.request !== null);
    expect(grown).toHaveLength(1);
    const request = history.requests[grown[0]!.request!]!;
    expect(request.mode).toBe("idea");
    expect(request.requester).toBe(grown[0]!.owner);
    expect(grown[0]!.events.some((e) => e.type === "request.became_idea" && e.subject === "request")).toBe(true);
    const copies = plan.ideas.filter((i) => i.copiedFrom !== null);
    expect(copies).toHaveLength(1);
    const source = plan.ideas[copies[0]!.copiedFrom!]!;
    expect(source.status).toBe("shipped");
    expect(copies[0]!.createdAt).toBeGreaterThan(source.shippedAt!);
  });
});
