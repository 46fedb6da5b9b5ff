import type { DemoPerson } from "./demo-people.js";
import type { FlatTopic } from "./demo-topics.js";
import { Prng } from "./prng.js";

/** How often each topic comes up: passwords and Classroom are daily fare, a lamp is rare. */
export const TOPIC_WEIGHTS: Record<string, number> = {
  "Google Classroom": 5, Assignments: 9, Grading: 5, "Class setup & rosters": 6,
  "Projectors & displays": 3, "Connecting a laptop": 7, "Interactive whiteboards": 4, "Lamp replacement": 0.6,
  "Accounts & passwords": 10, "Two-step verification": 5, "Account unlocks": 4,
  "Network & Wi-Fi": 3, "Joining the Wi-Fi": 5, "Firewall rules": 3,
  Chromebooks: 6, "Student devices repair": 4, Printing: 6, "Printer maintenance": 3,
  "Email & calendar": 5, "Shared calendars": 3, "Video & podcasting": 2, "Podcast recording": 2.5, "Video editing": 3,
  "Software installs": 4,
};
/** Topics that peak in the first weeks of a term. */
export const TERM_START_TOPICS = new Set(["Class setup & rosters", "Accounts & passwords", "Two-step verification", "Account unlocks", "Joining the Wi-Fi", "Chromebooks"]);
/** What students ask about. */
export const STUDENT_TOPICS = new Set(["Google Classroom", "Assignments", "Accounts & passwords", "Two-step verification", "Account unlocks", "Joining the Wi-Fi", "Chromebooks", "Student devices repair", "Printing", "Podcast recording", "Video editing"]);
/** Student helpers take students' requests on these, and staff requests only on the AV and device ones. */
const STUDENT_HELPER_TOPICS = new Set(["Google Classroom", "Assignments", "Joining the Wi-Fi", "Chromebooks", "Printing", "Podcast recording", "Video editing", "Video & podcasting", "Connecting a laptop", "Interactive whiteboards"]);
const STUDENT_HELPER_STAFF_TOPICS = new Set(["Chromebooks", "Podcast recording", "Video editing", "Video & podcasting", "Connecting a laptop", "Interactive whiteboards"]);
const COMMUNITY_GROUPS = ["Google Classroom", "Projectors & displays", "Email & calendar", "Video & podcasting", "Chromebooks", "Printing", "Accounts & passwords", "Network & Wi-Fi"];

/** Someone who can hold requests (helper or tech role). */
export interface DemoHelper {
  person: number;
  /** Tech team members triage and take the specialist work. */
  tech: boolean;
  /** Topic names this helper takes (learnable ones; tech take everything). */
  topics: ReadonlySet<string>;
  /** When, as a fraction of the year, they start helping in earnest. */
  joinsAt: number;
  weight: number;
  student: boolean;
}

export interface DemoCast {
  helpers: DemoHelper[];
  /** The tech account and the colleague who share most of the work early in the year. */
  core: [number, number];
  /** Tech team members who do the specialist work besides the core. */
  specialists: number[];
  requesterWeights: number[];
  /** Topic names each person keeps asking about. */
  favourites: ReadonlySet<string>[];
  byEmail: ReadonlyMap<string, number>;
}

/** Who asks and who helps in the demo school, always the same for the same people and seed. */
export function demoCast(people: readonly DemoPerson[], topics: readonly FlatTopic[], seed = 20260903): DemoCast {
  const prng = new Prng(seed);
  const byEmail = new Map(people.map((p, i) => [p.email, i]));
  const index = (email: string) => byEmail.get(email)!;
  const learnable = (groups: readonly string[]) => new Set(topics.filter((t) => t.nature === "learnable" && groups.includes(t.group)).map((t) => t.name));
  const all = new Set(topics.map((t) => t.name));
  const techs = people.flatMap((p, i) => (p.roles.includes("tech") ? [i] : []));
  const tech = index("tech@riverside.example");
  const colleague = techs.find((i) => i !== tech)!;

  const helpers: DemoHelper[] = techs.map((i) => ({ person: i, tech: true, topics: all, joinsAt: 0, weight: 1, student: false }));
  let teacherOrder = 0;
  let studentOrder = 0;
  people.forEach((p, i) => {
    if (!p.roles.includes("helper") || p.roles.includes("tech")) return;
    const base = { person: i, tech: false, student: p.kind === "student" };
    if (p.email === "helper@riverside.example") helpers.push({ ...base, topics: learnable(["Google Classroom", "Projectors & displays", "Video & podcasting", "Email & calendar"]), joinsAt: 0, weight: 1.5 });
    else if (p.kind === "student") helpers.push({ ...base, topics: STUDENT_HELPER_TOPICS, joinsAt: p.demoAccount ? 0.1 : 0.2 + 0.08 * studentOrder++, weight: p.demoAccount ? 1.4 : 0.9 });
    else if (p.kind === "other") helpers.push({ ...base, topics: learnable(["Video & podcasting"]), joinsAt: 0.25, weight: 1.3 });
    else if (p.kind === "staff") helpers.push({ ...base, topics: learnable(["Google Classroom", "Printing", "Email & calendar", "Video & podcasting"]), joinsAt: 0.15, weight: 1.2 });
    else {
      const groups = [...COMMUNITY_GROUPS];
      const mine = [0, 1, 2].map(() => groups.splice(prng.int(groups.length), 1)[0]!);
      helpers.push({ ...base, topics: learnable(mine), joinsAt: 0.06 * teacherOrder++, weight: 0.9 + prng.next() * 0.4 });
    }
  });

  const requesterWeights = people.map((p) => {
    if (p.roles.includes("tech") || p.roles.includes("admin")) return 0.05;
    const base = { teacher: 1, staff: 0.6, student: 0.12, other: 0.08 }[p.kind] * (p.roles.includes("leader") ? 0.5 : 1);
    return base * Math.min(8, 1 / Math.pow(0.02 + prng.next(), 0.8));
  });
  requesterWeights[index("teacher@riverside.example")] = 1.25 * Math.max(...requesterWeights);

  const pool = topics.map((t) => t.name);
  const favourites = people.map((p) => {
    const own = p.kind === "student" ? pool.filter((n) => STUDENT_TOPICS.has(n)) : pool;
    return new Set([prng.pick(own), prng.pick(own)]);
  });
  favourites[index("teacher@riverside.example")] = new Set(["Assignments", "Connecting a laptop", "Accounts & passwords"]);

  return { helpers, core: [tech, colleague], specialists: techs.filter((i) => i !== tech && i !== colleague), requesterWeights, favourites, byEmail };
}

/** Whether a (non-tech) helper may hold a request on this topic from this requester. */
export function mayHelp(helper: DemoHelper, topic: string, requesterIsStudent: boolean): boolean {
  if (!helper.topics.has(topic)) return false;
  if (!helper.student) return true;
  return requesterIsStudent ? STUDENT_HELPER_TOPICS.has(topic) : STUDENT_HELPER_STAFF_TOPICS.has(topic);
}

/** A weighted pick: index into weights, by one draw. */
export function weightedIndex(prng: Prng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let r = prng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.length - 1;
}
