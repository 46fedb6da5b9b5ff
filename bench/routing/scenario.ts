/**
 * A school year for the routing eval: an 80/20 community (a tech team of 3, 4 very skilled teachers,
 * ~30 with some skill, a student tech team, many who only ask), requests on 20 topics in skewed
 * proportions with mixed modes, specialist topics, people away now and then, and personal caps.
 * Everything is drawn up front from one seed, so every policy replays exactly the same year.
 */
import { WEEKDAYS, type SkillLevel, type Weekday } from "../../src/core/community/community.types.js";
import { Random } from "./random.js";

export interface SimTopic { id: number; name: string; parentId: number | null; weight: number; nature: "learnable" | "specialist" }

export interface SimPerson {
  personId: number;
  name: string;
  kind: "staff" | "student";
  roles: string[];
  skills: Map<number, SkillLevel>;
  interests: Set<number>;
  days: Weekday[];
  hoursPerWeek: number | null;
  openCap: number;
  /** How often they ask, relative to others (0 for people who never ask, e.g. students here). */
  askWeight: number;
}

export interface SimRequest {
  id: number;
  day: number;
  requesterId: number;
  topicId: number;
  mode: "guide" | "idea" | "do";
  /** School days until it is resolved (frees the helper's load). */
  resolveAfter: number;
  /** Drawn once, so the "could you do it yourself next time?" answer is the same under every policy. */
  answerRoll: number;
}

export interface Scenario {
  topics: SimTopic[];
  people: SimPerson[];
  /** School days (Mon–Fri), as dates. */
  days: Date[];
  requests: SimRequest[];
  /** personId → school-day indexes they are away. */
  away: Map<number, Set<number>>;
}

const PARENTS: Array<[number, string]> = [[1, "Google Workspace"], [2, "Devices"], [3, "Classroom AV"], [4, "Network and accounts"], [5, "Creative tools"]];
// [id, name, parent, relative frequency, nature]: a few topics carry most requests, as in any school.
const LEAVES: Array<[number, string, number, number, "learnable" | "specialist"]> = [
  [11, "Google Classroom", 1, 18, "learnable"], [12, "Drive and sharing", 1, 12, "learnable"], [13, "Gmail and Calendar", 1, 8, "learnable"],
  [14, "Google Forms", 1, 6, "learnable"], [21, "Chromebooks", 2, 14, "learnable"], [22, "iPads", 2, 7, "learnable"],
  [23, "Printers", 2, 9, "learnable"], [24, "Device repair", 2, 5, "specialist"], [31, "Projectors and displays", 3, 10, "learnable"],
  [32, "Projector lamps", 3, 3, "specialist"], [33, "Interactive whiteboards", 3, 5, "learnable"], [34, "Document cameras", 3, 2, "learnable"],
  [41, "Wi-Fi", 4, 6, "learnable"], [42, "Passwords and MFA", 4, 8, "learnable"], [43, "Firewall and filtering", 4, 3, "specialist"],
  [44, "Account provisioning", 4, 3, "specialist"], [51, "Canva", 5, 4, "learnable"], [52, "Video editing", 5, 3, "learnable"],
  [53, "Seesaw", 5, 4, "learnable"], [54, "Kahoot and quizzes", 5, 3, "learnable"],
];

export const YEAR_START = new Date(Date.UTC(2025, 8, 1)); // Monday 1 September 2025
const SCHOOL_WEEKS = 38;
const REQUESTS_PER_DAY = 9;

export function generateScenario(seed: number): Scenario {
  const rng = new Random(seed);
  const topics: SimTopic[] = [
    ...PARENTS.map(([id, name]) => ({ id, name, parentId: null, weight: 0, nature: "learnable" as const })),
    ...LEAVES.map(([id, name, parentId, weight, nature]) => ({ id, name, parentId, weight, nature })),
  ];
  const leaves = topics.filter((t) => t.parentId !== null);
  const learnable = leaves.filter((t) => t.nature === "learnable");
  const people = generatePeople(rng, leaves, learnable);
  const days = schoolDays();
  return { topics, people, days, requests: generateRequests(rng, people, leaves, days), away: generateAway(rng, people, days.length) };
}

function generatePeople(rng: Random, leaves: SimTopic[], learnable: SimTopic[]): SimPerson[] {
  const people: SimPerson[] = [];
  const add = (p: Omit<SimPerson, "personId" | "name" | "interests" | "days" | "hoursPerWeek">) => {
    const personId = people.length + 1;
    const interests = new Set(rng.weightedSample(learnable.map((t) => t.id), learnable.map((t) => t.weight), rng.between(0, 2)));
    const days: Weekday[] = rng.chance(0.3) ? rng.weightedSample([...WEEKDAYS.slice(0, 5)], [1, 1, 1, 1, 1], rng.between(2, 3)) : [];
    const hoursPerWeek = rng.chance(0.6) ? null : rng.between(1, 4);
    people.push({ ...p, personId, name: `${p.kind === "student" ? "Student" : "Staff"} ${personId}`, interests, days, hoursPerWeek });
  };
  const all = (level: SkillLevel, from: SimTopic[]) => new Map(from.map((t) => [t.id, level]));
  // The tech team: mentors on devices, AV, network and accounts (the only ones for specialist work),
  // practitioners on Google Workspace; the creative tools are the teachers' ground.
  const techSkills = new Map([...all("practitioner", leaves.filter((t) => t.parentId === 1)), ...all("mentor", leaves.filter((t) => [2, 3, 4].includes(t.parentId!)))]);
  for (let i = 0; i < 3; i++) add({ kind: "staff", roles: ["tech", "helper"], skills: new Map(techSkills), openCap: 8, askWeight: 0.2 });
  // The "few": very skilled teachers everyone already goes to.
  for (let i = 0; i < 4; i++) {
    const skills = all("practitioner", rng.weightedSample(learnable, learnable.map((t) => t.weight), 4));
    for (const t of rng.weightedSample(learnable, learnable.map((t) => t.weight), rng.between(6, 10))) skills.set(t.id, "mentor");
    add({ kind: "staff", roles: ["helper"], skills, openCap: 8, askWeight: 0.5 });
  }
  // The many with some skill: 1–4 topics, learning or practitioner; some on a whole parent topic.
  for (let i = 0; i < 30; i++) {
    const skills = new Map<number, SkillLevel>();
    for (const t of rng.weightedSample(learnable, learnable.map((t) => t.weight), rng.between(1, 4))) {
      const level: SkillLevel = rng.chance(0.55) ? "learning" : "practitioner";
      skills.set(rng.chance(0.15) ? t.parentId! : t.id, level);
    }
    add({ kind: "staff", roles: ["helper"], skills, openCap: rng.between(2, 5), askWeight: 1 });
  }
  // The student tech team: devices and AV.
  const studentTopics = learnable.filter((t) => [2, 3].includes(t.parentId!));
  for (let i = 0; i < 8; i++) {
    const skills = new Map(rng.weightedSample(studentTopics, studentTopics.map((t) => t.weight), rng.between(1, 3))
      .map((t) => [t.id, (rng.chance(0.6) ? "learning" : "practitioner") as SkillLevel]));
    add({ kind: "student", roles: ["helper"], skills, openCap: 3, askWeight: 0 });
  }
  // Everyone else only asks, some of them a lot (the requester side of 80/20).
  for (let i = 0; i < 60; i++) add({ kind: "staff", roles: [], skills: new Map(), openCap: 5, askWeight: 1 / Math.pow(i + 1, 0.7) * 4 });
  return people;
}

function schoolDays(): Date[] {
  const days: Date[] = [];
  for (let week = 0; week < SCHOOL_WEEKS; week++) {
    for (let weekday = 0; weekday < 5; weekday++) days.push(new Date(YEAR_START.getTime() + (week * 7 + weekday) * 86_400_000));
  }
  return days;
}

function generateRequests(rng: Random, people: SimPerson[], leaves: SimTopic[], days: Date[]): SimRequest[] {
  const requests: SimRequest[] = [];
  const askWeights = people.map((p) => p.askWeight);
  days.forEach((_, day) => {
    // The first weeks of the year are the busiest (new accounts, new devices, new classes).
    const rate = REQUESTS_PER_DAY * (day < 15 ? 1.8 : 1);
    const count = rng.between(Math.floor(rate * 0.5), Math.ceil(rate * 1.5));
    for (let i = 0; i < count; i++) {
      const topic = leaves[rng.weighted(leaves.map((t) => t.weight))]!;
      const roll = rng.next();
      const mode = topic.nature === "specialist" ? (roll < 0.85 ? "do" : "guide") : roll < 0.5 ? "guide" : roll < 0.62 ? "idea" : "do";
      requests.push({
        id: requests.length + 1, day, requesterId: people[rng.weighted(askWeights)]!.personId, topicId: topic.id, mode,
        resolveAfter: rng.between(1, 5), answerRoll: rng.next(),
      });
    }
  });
  return requests;
}

/** About one person in 25 goes away in a given week, for 2–10 school days. */
function generateAway(rng: Random, people: SimPerson[], dayCount: number): Map<number, Set<number>> {
  const away = new Map<number, Set<number>>();
  for (const person of people) {
    const days = new Set<number>();
    for (let week = 0; week * 5 < dayCount; week++) {
      if (!rng.chance(0.04)) continue;
      const start = week * 5 + rng.between(0, 4);
      for (let d = start; d < Math.min(dayCount, start + rng.between(2, 10)); d++) days.add(d);
    }
    away.set(person.personId, days);
  }
  return away;
}
