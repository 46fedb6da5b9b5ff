import { DEFAULT_OPEN_CAP, SKILL_LEVELS, WEEKDAYS, type Weekday } from "../../core/community/community.types.js";
import { OPEN_STATUSES } from "../../core/requests/lifecycle.js";
import { type PlannedSkill, resolutionsBy } from "./demo-community-skills.js";
import type { DemoHistory } from "./demo-requests.js";
import type { Prng } from "./prng.js";

/** A helper profile of the demo school; person is an index into the history's people. */
export interface PlannedProfile {
  person: number;
  days: Weekday[];
  hoursPerWeek: number | null;
  openCap: number;
  away: boolean;
  bio: string;
}

export interface PlannedInterest {
  person: number;
  topic: number;
}

/** How many people list interests. */
export const INTEREST_PEOPLE = 40;
const SCHOOL_DAYS = WEEKDAYS.slice(0, 5);

/** Open requests each person holds at the end of the history (DESIGN.md "Routing": the open load). */
export function openLoads(history: DemoHistory): Map<number, number> {
  const loads = new Map<number, number>();
  for (const r of history.requests) {
    if (r.assignee !== null && OPEN_STATUSES.includes(r.status)) loads.set(r.assignee, (loads.get(r.assignee) ?? 0) + 1);
  }
  return loads;
}

/**
 * A profile for everyone with the helper or tech role: the days they help, hours, a cap above the open
 * requests they hold now (so none starts over it), and a short bio naming their strongest topics.
 * Nobody is away here; planDemoCommunity marks a few.
 */
export function planProfiles(history: DemoHistory, skills: readonly PlannedSkill[], prng: Prng): PlannedProfile[] {
  const loads = openLoads(history);
  const resolved = resolutionsBy(history);
  const helped = (s: PlannedSkill) => resolved.get(s.person)?.get(s.topic)?.count ?? 0;
  return history.cast.helpers.map((h) => {
    const person = history.people[h.person]!;
    const kind = h.tech ? "tech" : person.kind;
    const best = skills
      .filter((s) => s.person === h.person)
      .sort((a, b) => SKILL_LEVELS.indexOf(b.level) - SKILL_LEVELS.indexOf(a.level) || helped(b) - helped(a) || a.topic - b.topic)
      .map((s) => history.topics[s.topic]!.name);
    const [first = "anything tech", second = first] = best;
    const days = kind === "tech" ? (h.person === history.cast.core[0] ? [] : [...SCHOOL_DAYS]) : someDays(prng, kind === "teacher" ? 2 + prng.int(2) : kind === "student" ? 2 : 1 + prng.int(2));
    const hoursPerWeek = kind === "tech" ? 35 : kind === "staff" ? 4 : kind === "teacher" ? 1 + prng.int(4) : kind === "student" ? 1 + prng.int(2) : 2;
    const base = kind === "tech" ? 10 : kind === "staff" ? DEFAULT_OPEN_CAP : kind === "teacher" ? 3 + prng.int(3) : kind === "student" ? 2 + prng.int(2) : 3;
    const openCap = Math.max(base, (loads.get(h.person) ?? 0) + 2);
    const bio = {
      tech: `On the technology team. Ask me about ${first} or ${second}; I would rather show you than do it for you.`,
      teacher: prng.pick([
        `Teacher on ${campusName(person.campus)}. Happy to show colleagues ${first} and ${second}, usually in a free period.`,
        `I teach, and I use ${first} every day. Drop me a request about it or ${second}.`,
        `Glad to sit with you for ${first} or ${second}: ten minutes of showing saves an hour later.`,
      ]),
      staff: `Librarian. I help with ${first} and ${second}, and I know where the spare chargers are.`,
      student: prng.pick([`Student tech team. I can help with ${first} and ${second} at lunch.`, `On the student tech team: ${first} and ${second} are my thing. Find me in the library at break.`]),
      other: `Parent volunteer who makes videos as a hobby; happy to help classes with ${first}.`,
    }[kind];
    return { person: h.person, days, hoursPerWeek, openCap, away: false, bio };
  });
}

/**
 * What ~40 people want to learn: the topics they keep asking about (the requesters with most requests,
 * the teacher and student demo accounts among them), and for helpers a topic they take but only learn.
 */
export function planInterests(history: DemoHistory, skills: readonly PlannedSkill[], prng: Prng): PlannedInterest[] {
  const { people, topics, cast } = history;
  const knows = new Set(skills.filter((s) => s.level !== "learning").map((s) => `${s.person}:${s.topic}`));
  const interests = new Map<number, Set<number>>();
  const add = (person: number, topic: number) => {
    if (knows.has(`${person}:${topic}`)) return;
    interests.set(person, (interests.get(person) ?? new Set()).add(topic));
  };
  const learnable = (name: string) => topics.find((t) => t.name === name && t.nature === "learnable");

  for (const h of cast.helpers) {
    if (h.tech || prng.next() >= 0.6) continue;
    const wanted = [...h.topics].map(learnable).filter((t) => t !== undefined && !knows.has(`${h.person}:${t.index}`));
    if (wanted.length > 0) add(h.person, prng.pick(wanted)!.index);
  }
  const asked = new Map<number, number>();
  for (const r of history.requests) asked.set(r.requester, (asked.get(r.requester) ?? 0) + 1);
  const helpers = new Set(cast.helpers.map((h) => h.person));
  const demo = ["teacher@riverside.example", "student@riverside.example"].map((e) => cast.byEmail.get(e)!);
  const students = people.flatMap((p, i) => (p.kind === "student" && !helpers.has(i) ? [i] : [])).sort((a, b) => (asked.get(b) ?? 0) - (asked.get(a) ?? 0) || a - b);
  const askers = people.flatMap((p, i) => (!helpers.has(i) && p.kind !== "student" ? [i] : [])).sort((a, b) => (asked.get(b) ?? 0) - (asked.get(a) ?? 0) || a - b);
  const members = [...new Set([...demo, ...students.slice(0, 6), ...askers])];
  for (const person of members) {
    if (interests.size >= INTEREST_PEOPLE) break;
    const favourites = [...cast.favourites[person]!].map(learnable).filter((t) => t !== undefined);
    for (const t of favourites) add(person, t.index);
  }
  return [...interests].flatMap(([person, set]) => [...set].sort((a, b) => a - b).map((topic) => ({ person, topic }))).sort((a, b) => a.person - b.person || a.topic - b.topic);
}

function someDays(prng: Prng, n: number): Weekday[] {
  const pool: Weekday[] = [...SCHOOL_DAYS];
  const days = new Set<Weekday>();
  while (days.size < n) days.add(pool[prng.int(pool.length)]!);
  return SCHOOL_DAYS.filter((d) => days.has(d));
}

const campusName = (campus: number) => (campus === 0 ? "the North campus" : "the South campus");
