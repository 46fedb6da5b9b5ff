import { type PlannedInterest, type PlannedProfile, openLoads, planInterests, planProfiles } from "./demo-community-profiles.js";
import { type PlannedRequestFlags, planRequestFlags } from "./demo-community-requests.js";
import { type PlannedSkill, planSkills, topicParents } from "./demo-community-skills.js";
import type { DemoHistory } from "./demo-requests.js";
import { Prng } from "./prng.js";

export const DEMO_TEAM_NAME = "Riverside Student Tech Team";
/** Every topic keeps at least this many eligible helpers (DESIGN.md "Routing"), even with some away. */
export const MIN_ELIGIBLE = 2;
/** Topics whose community questions everyone may see, and topics routed without triage. */
export const EVERYONE_TOPICS = ["Google Classroom", "Printing", "Email & calendar", "Video & podcasting"];
export const AUTO_ASSIGN_TOPICS = ["Joining the Wi-Fi", "Chromebooks"];

export interface PlannedGroup {
  name: string;
  description: string;
  createdAt: number;
  members: { person: number; role: "member" | "supervisor" }[];
}

/** The demo school's community, planned in memory (pure: the same history gives the same plan). */
export interface DemoCommunity extends PlannedRequestFlags {
  skills: PlannedSkill[];
  interests: PlannedInterest[];
  profiles: PlannedProfile[];
  group: PlannedGroup;
  /** Topic indexes. */
  everyoneTopics: number[];
  autoAssignTopics: number[];
}

export function planDemoCommunity(history: DemoHistory, options: { seed?: number } = {}): DemoCommunity {
  const prng = new Prng(options.seed ?? 20260907);
  const skills = planSkills(history, prng);
  const profiles = planProfiles(history, skills, prng);
  const interests = planInterests(history, skills, prng);
  const group = planGroup(history);
  const flags = planRequestFlags(history, group.members.filter((m) => m.role === "member").map((m) => m.person), prng);
  const topicIndexes = (names: readonly string[]) => names.map((n) => history.topics.find((t) => t.name === n)!.index);
  const plan = { skills, interests, profiles, group, ...flags, everyoneTopics: topicIndexes(EVERYONE_TOPICS), autoAssignTopics: topicIndexes(AUTO_ASSIGN_TOPICS) };
  markAway(history, plan, prng);
  return plan;
}

/**
 * Who routing could propose per topic index (DESIGN.md "Routing"): people with the helper or tech role,
 * not away, holding fewer open requests than their cap, with a skill on the topic or its parent.
 */
export function eligibleHelpers(history: DemoHistory, plan: Pick<DemoCommunity, "skills" | "profiles">): number[][] {
  const parents = topicParents(history.topics);
  const loads = openLoads(history);
  const profiles = new Map(plan.profiles.map((p) => [p.person, p]));
  const skilled = new Set(plan.skills.map((s) => `${s.person}:${s.topic}`));
  const helpers = history.cast.helpers.map((h) => h.person).sort((a, b) => a - b);
  return history.topics.map((t) =>
    helpers.filter((person) => {
      const profile = profiles.get(person);
      if (profile?.away) return false;
      if ((loads.get(person) ?? 0) >= (profile?.openCap ?? 5)) return false;
      const parent = parents[t.index];
      return skilled.has(`${person}:${t.index}`) || (parent !== null && skilled.has(`${person}:${parent}`));
    }),
  );
}

/** The student tech team: the student helpers, one trainee without the role yet, and two staff supervisors. */
function planGroup(history: DemoHistory): PlannedGroup {
  const { people, cast } = history;
  const students = cast.helpers.filter((h) => h.student).map((h) => h.person);
  const helpers = new Set(cast.helpers.map((h) => h.person));
  // The trainee: the student who asked most about Chromebooks, learning by shadowing the team.
  const chromebooks = history.topics.find((t) => t.name === "Chromebooks")!.index;
  const asked = new Map<number, number>();
  for (const r of history.requests) if (r.topic === chromebooks && people[r.requester]!.kind === "student" && !helpers.has(r.requester)) asked.set(r.requester, (asked.get(r.requester) ?? 0) + 1);
  const trainee = [...asked].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  const supervisors = ["tech@riverside.example", "helper@riverside.example"].map((e) => cast.byEmail.get(e)!);
  return {
    name: DEMO_TEAM_NAME,
    description: "Students who help students (and staff, with devices and AV): Chromebooks, printing, Wi-Fi, classroom displays and media projects. Find us in the library at lunch.",
    createdAt: history.from + 7 * 86_400_000,
    members: [
      ...[...students, ...(trainee === undefined ? [] : [trainee])].map((person) => ({ person, role: "member" as const })),
      ...supervisors.map((person) => ({ person, role: "supervisor" as const })),
    ],
  };
}

/** Marks up to three community helpers away (two at least, in any year the demo plans), skipping anyone whose absence would leave a topic short. */
function markAway(history: DemoHistory, plan: DemoCommunity, prng: Prng): void {
  const demo = new Set(history.people.flatMap((p, i) => (p.demoAccount ? [i] : [])));
  // Teachers and volunteers: the student team stays whole for the demo.
  const candidates = history.cast.helpers.filter((h) => !h.tech && !h.student && !demo.has(h.person)).map((h) => h.person);
  let away = 0;
  while (away < 3 && candidates.length > 0) {
    const person = candidates.splice(prng.int(candidates.length), 1)[0]!;
    const profile = plan.profiles.find((p) => p.person === person)!;
    profile.away = true;
    if (eligibleHelpers(history, plan).every((list) => list.length >= MIN_ELIGIBLE)) away++;
    else profile.away = false;
  }
}
