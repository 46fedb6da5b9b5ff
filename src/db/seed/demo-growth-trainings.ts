import type { SkillLevel } from "../../core/community/community.types.js";
import { nextLevel } from "../../core/community/routing/skill-growth.js";
import { computeEffect } from "../../core/growth/trainings/training-effect.js";
import { DAY_MS, type EnrolmentStatus, WINDOW_DAYS } from "../../core/growth/trainings/trainings.types.js";
import { schoolMoment } from "./demo-calendar.js";
import { topicParents } from "./demo-community-skills.js";
import type { DemoCommunity } from "./demo-community.js";
import type { DemoKnowledge } from "./demo-knowledge.js";
import type { DemoHistory } from "./demo-requests.js";
import type { Prng } from "./prng.js";

/** A place on a planned training; person is an index into the history's people. */
export interface PlannedEnrolment {
  person: number;
  status: EnrolmentStatus;
  position: number | null;
  createdAt: number;
  attended: boolean;
  markedAt: number | null;
}

/** One planned training; topic, facilitator and materials are indexes into the history's topics, people and the knowledge plan's articles. */
export interface PlannedTraining {
  index: number;
  topic: number;
  title: string;
  description: string;
  facilitator: number;
  createdBy: number;
  campus: number | null;
  startsAt: number;
  durationMinutes: number;
  place: string | null;
  videoUrl: string | null;
  capacity: number;
  createdAt: number;
  materials: number[];
  enrolments: PlannedEnrolment[];
  /** Planned so its attendees ask clearly less on the topic afterwards (chosen from the history, never changing it). */
  showsEffect: boolean;
}

/** A skill raised by attending; from null means the person had none on the topic. */
export interface PlannedRaise {
  person: number;
  topic: number;
  training: number;
  from: SkillLevel | null;
  to: SkillLevel;
  at: number;
}

const HOUR = 3_600_000;
const ROOMS = ["Library", "Room 12", "Room 4", "Staff room", "Media lab", "Room 21", "Science lab 2"];
export const PAST_TRAININGS = 12;
/** How many past trainings, among those whose before and after windows both fit in the year, are planned with a measurable effect. */
const EFFECT_TRAININGS = 4;
const UPCOMING_DAYS_AHEAD = [2, 6, 9, 13, 19];
/** Topics always trained besides the most-repeated ones. */
const ALSO_TRAINED = ["Grading", "Chromebooks", "Podcast recording"];

/** Titles and blurbs per topic name (learnable topics only). */
const CATALOGUE: Record<string, [title: string, description: string][]> = {
  "Google Classroom": [["Google Classroom: a tidy stream and class page", "Topics, posts and the class page students actually read."]],
  Assignments: [
    ["Scheduling and reusing assignments", "Draft, schedule and reuse coursework across classes; quiz assignments with Forms."],
    ["Assignments without the chaos", "Due dates, topics and reusing last year's posts."],
  ],
  Grading: [
    ["Google Classroom grading: rubrics and returning work", "Rubrics, grading periods, returning work in bulk and exporting grades to the gradebook."],
    ["Grading faster in Google Classroom", "Comment banks, rubrics and the grading tool, hands-on with your own class."],
  ],
  "Class setup & rosters": [["Setting up classes and rosters", "Creating classes, class codes, co-teachers and guardian summaries."]],
  "Projectors & displays": [["Projectors and displays: the basics", "Inputs, sources and the remote, in your own room."]],
  "Connecting a laptop": [
    ["Connecting a laptop to the projector", "HDMI and USB-C adapters, mirroring versus extending, sound through the room speakers."],
    ["Projector troubleshooting in five minutes", "The checklist that fixes most 'no signal' mornings."],
  ],
  "Interactive whiteboards": [["Getting the most from the interactive whiteboard", "Calibration, pens and saving the board's notes for students."]],
  "Accounts & passwords": [["Passwords that stick", "Password managers, recovery options and what to do when locked out."]],
  "Two-step verification": [
    ["Two-step verification without the panic", "Setting up the authenticator, backup codes and what to do with a new phone."],
    ["Two-step verification: new phone, no problem", "Moving your codes before you change phones; backup codes at the ready."],
  ],
  "Network & Wi-Fi": [["On the network anywhere on campus", "Which network for what, and getting guests online."]],
  "Joining the Wi-Fi": [["Joining the school Wi-Fi", "Laptops, phones and guests on the right network."]],
  Chromebooks: [
    ["Chromebooks in class: a survival kit", "Sign-in, charging carts, offline work and the five fixes that save a lesson."],
    ["Chromebooks: managing a class set", "Carts, sign-in, updates and reporting a broken device."],
  ],
  Printing: [["Printing and scanning without queues", "Secure print release, scanning to Drive and double-sided by default."]],
  "Email & calendar": [["Inbox under control", "Filters, labels and scheduling sends."]],
  "Shared calendars": [["Shared calendars and room booking", "Department calendars, booking rooms and sharing settings."]],
  "Video & podcasting": [["Media projects with a class", "Planning audio and video projects students can finish in a unit."]],
  "Podcast recording": [
    ["Podcast recording with a class", "Microphones, recording in the media lab and publishing an episode students are proud of."],
    ["Record a podcast in one lesson", "A fast workflow from script to published episode."],
  ],
  "Video editing": [["Video editing for student projects", "Cutting, titles and exporting student videos for sharing."]],
};

/** Per learnable topic index, how many requests repeat an earlier request of the same person on the same topic. */
export function repeatRequests(history: DemoHistory): Map<number, number> {
  const seen = new Set<string>();
  const repeats = new Map<number, number>();
  for (const r of history.requests) {
    const key = `${r.requester}:${r.topic}`;
    if (seen.has(key)) repeats.set(r.topic, (repeats.get(r.topic) ?? 0) + 1);
    seen.add(key);
  }
  return repeats;
}

/** Each topic's index with those of its descendants (the effect and qualification look at the subtree). */
export function subtreeOf(history: DemoHistory, topic: number): number[] {
  const parents = topicParents(history.topics);
  const out = [topic];
  for (let i = 0; i < out.length; i++) parents.forEach((p, c) => p === out[i] && out.push(c));
  return out;
}

/** Whether someone may facilitate a training on the topic: tech, or a mentor on it or an ancestor (schedule-training.ts). */
export function qualifies(history: DemoHistory, skills: DemoCommunity["skills"], person: number, topic: number): boolean {
  if (history.people[person]!.roles.includes("tech")) return true;
  const parents = topicParents(history.topics);
  const mentorOn = new Set(skills.filter((s) => s.person === person && s.level === "mentor").map((s) => s.topic));
  for (let t: number | null = topic; t !== null; t = parents[t]!) if (mentorOn.has(t)) return true;
  return false;
}

/** The attendees' requests on the topic in the 90 days before and after the training (training-effect.ts). */
export function effectOf(history: DemoHistory, t: PlannedTraining) {
  const requests = history.requests.map((r) => ({ requesterId: r.requester, topicId: r.topic, createdAt: new Date(r.createdAt).toISOString() }));
  const attended = t.enrolments.filter((e) => e.attended).map((e) => e.person);
  const training = { id: t.index, startsAt: new Date(t.startsAt).toISOString(), endsAt: new Date(t.startsAt + t.durationMinutes * 60_000).toISOString(), facilitatorId: t.facilitator };
  return computeEffect(training, subtreeOf(history, t.topic), attended, requests, new Date(history.to + 26 * HOUR));
}

/** A weekday afternoon `days` from now's date, moved to the next weekday. */
function upcomingSlot(now: number, days: number, hour: number): number {
  let at = Math.floor(now / DAY_MS) * DAY_MS + days * DAY_MS + hour * HOUR;
  while ([0, 6].includes(new Date(at).getUTCDay())) at += DAY_MS;
  return at;
}

/** Past training times: school-day afternoons spread evenly from eleven months to ten days ago. */
function pastSlots(now: number, timeZone: string, hour: number): number[] {
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  const days: number[] = [];
  for (let d = 335; d >= 10; d--) {
    const at = today - d * DAY_MS + hour * HOUR;
    if (![0, 6].includes(new Date(at).getUTCDay()) && !schoolMoment(new Date(at), timeZone).holiday) days.push(at);
  }
  return Array.from({ length: PAST_TRAININGS }, (_, i) => days[Math.round((i * (days.length - 1)) / (PAST_TRAININGS - 1))]!);
}

export function planTrainings(history: DemoHistory, knowledge: DemoKnowledge, community: DemoCommunity, prng: Prng, timeZone: string): { trainings: PlannedTraining[]; raises: PlannedRaise[] } {
  const { people, topics, cast } = history;
  const now = history.to + 26 * HOUR;
  const byName = (name: string) => topics.find((t) => t.name === name)!.index;
  const repeats = repeatRequests(history);
  const ranked = topics.filter((t) => t.nature === "learnable" && CATALOGUE[t.name]).sort((a, b) => (repeats.get(b.index) ?? 0) - (repeats.get(a.index) ?? 0) || a.index - b.index);
  const top = [...new Set([...ranked.slice(0, 5).map((t) => t.index), ...ALSO_TRAINED.map(byName)])];
  const tech = cast.byEmail.get("tech@riverside.example")!;
  const helper = cast.byEmail.get("helper@riverside.example")!;
  const teacher = cast.byEmail.get("teacher@riverside.example")!;
  const techRole = (i: number) => people[i]!.roles.includes("tech");
  const staffPool = people.flatMap((p, i) => ((p.kind === "teacher" || p.kind === "staff") && !techRole(i) && !p.roles.includes("admin") ? [i] : []));
  const used = new Map<number, number>();
  const trainings: PlannedTraining[] = [];

  const base = (topic: number, startsAt: number, facilitator: number): PlannedTraining => {
    const name = topics[topic]!.name;
    const options = CATALOGUE[name]!;
    const n = used.get(topic) ?? 0;
    used.set(topic, n + 1);
    const [title, description] = options[n % options.length]!;
    const online = prng.next() < 0.25;
    const subtree = new Set(subtreeOf(history, topic));
    const parent = topicParents(topics)[topic];
    const materials = knowledge.articles
      .filter((a) => a.state !== "archived" && a.state !== "draft" && a.createdAt < startsAt && a.topics.some((x) => subtree.has(x) || x === parent))
      .sort((a, b) => Number(b.topics.includes(topic)) - Number(a.topics.includes(topic)) || b.views - a.views || a.index - b.index)
      .slice(0, 1 + prng.int(3))
      .map((a) => a.index);
    return {
      index: trainings.length, topic, title, description, facilitator, createdBy: facilitator, campus: online ? null : people[facilitator]!.campus,
      startsAt, durationMinutes: [45, 60, 60, 90][prng.int(4)]!,
      place: online ? null : prng.pick(ROOMS),
      videoUrl: online ? `https://meet.google.com/${code(prng, 3)}-${code(prng, 4)}-${code(prng, 3)}` : null,
      capacity: 8 + prng.int(13),
      createdAt: Math.min(history.to, startsAt - (10 + prng.int(12)) * DAY_MS),
      materials, enrolments: [], showsEffect: false,
    };
  };
  const facilitatorFor = (topic: number, k: number): number => {
    const mentors = [...new Set(community.skills.map((s) => s.person))].filter((p) => !techRole(p) && p !== teacher && qualifies(history, community.skills, p, topic)).sort((a, b) => a - b);
    return k % 2 === 1 && mentors.length > 0 ? prng.pick(mentors) : tech;
  };

  // Past trainings: the most-repeated topics in turn; attendance taken, skills raised.
  const slots = pastSlots(now, timeZone, 15.5);
  // Effect needs both 90-day windows inside the year: spread the effect trainings over those that fit.
  const fits = slots.flatMap((at, k) => (at - WINDOW_DAYS * DAY_MS >= history.from && at + (WINDOW_DAYS + 1) * DAY_MS <= history.to ? [k] : []));
  const effectSlots = new Set(Array.from({ length: Math.min(EFFECT_TRAININGS, fits.length) }, (_, i) => fits[Math.floor(((i + 0.5) * fits.length) / EFFECT_TRAININGS)]!));
  slots.forEach((at, k) => {
    const topic = top[k % top.length]!;
    const t = base(topic, at, facilitatorFor(topic, k));
    const subtree = new Set(subtreeOf(history, topic));
    const end = t.startsAt + t.durationMinutes * 60_000;
    const window = WINDOW_DAYS * DAY_MS;
    const counts = new Map<number, { before: number; after: number }>();
    for (const r of history.requests) {
      if (!subtree.has(r.topic) || techRole(r.requester) || r.requester === t.facilitator) continue;
      const side = r.createdAt >= t.startsAt - window && r.createdAt < t.startsAt ? "before" : r.createdAt >= end && r.createdAt < end + window ? "after" : null;
      if (!side) continue;
      const c = counts.get(r.requester) ?? { before: 0, after: 0 };
      c[side]++;
      counts.set(r.requester, c);
    }
    const askedBefore = [...counts].filter(([, c]) => c.before > 0).map(([p]) => p).sort((a, b) => a - b);
    const enrolledCount = Math.min(t.capacity, Math.max(6, Math.round(t.capacity * (0.65 + 0.35 * prng.next()))));
    const attendCount = Math.round(enrolledCount * (0.7 + 0.2 * prng.next()));
    const effect = effectSlots.has(k);
    let attendees: number[];
    let others: number[];
    if (effect) {
      // Those who asked before and less after, biggest drop first.
      const droppers = askedBefore.filter((p) => counts.get(p)!.after < counts.get(p)!.before).sort((a, b) => {
        const ca = counts.get(a)!;
        const cb = counts.get(b)!;
        return cb.before - cb.after - (ca.before - ca.after) || a - b;
      });
      attendees = droppers.slice(0, attendCount);
      const rest = prng.shuffle(staffPool.filter((p) => !counts.has(p) && p !== t.facilitator));
      while (attendees.length < attendCount) attendees.push(rest.shift()!);
      others = prng.shuffle([...askedBefore.filter((p) => !attendees.includes(p)), ...rest]);
    } else {
      const pool = prng.shuffle([...askedBefore, ...prng.shuffle(staffPool.filter((p) => !counts.has(p) && p !== t.facilitator)).slice(0, enrolledCount)]);
      attendees = pool.slice(0, attendCount);
      others = pool.slice(attendCount);
    }
    const noShows = others.slice(0, enrolledCount - attendCount);
    t.showsEffect = effect;
    const markedAt = end + (1 + prng.int(20)) * HOUR;
    t.enrolments = [
      ...attendees.map((person) => ({ person, status: "enrolled" as const, position: null, createdAt: enrolAt(prng, t), attended: true, markedAt })),
      ...noShows.map((person) => ({ person, status: "enrolled" as const, position: null, createdAt: enrolAt(prng, t), attended: false, markedAt: null })),
    ];
    trainings.push(t);
  });

  // Upcoming trainings: the top topics, one by helper@ on Grading; some full with a wait list; teacher@ on one.
  const grading = byName("Grading");
  const upcomingTopics = [...new Set([ranked[0]!.index, ranked[2]!.index, grading, byName("Chromebooks"), byName("Podcast recording"), ...top])].slice(0, UPCOMING_DAYS_AHEAD.length);
  UPCOMING_DAYS_AHEAD.forEach((daysAhead, k) => {
    const topic = upcomingTopics[k]!;
    const facilitator = topic === grading ? helper : facilitatorFor(topic, k + 1);
    const t = base(topic, upcomingSlot(now, daysAhead, 15.5), facilitator);
    const full = k === 0 || k === 3;
    const enrolled = full ? t.capacity : Math.max(3, Math.round(t.capacity * (0.3 + 0.5 * prng.next())));
    const waiting = full ? 2 + prng.int(3) : 0;
    const pool = prng.shuffle(staffPool.filter((p) => p !== facilitator && p !== teacher));
    if (k === 1) pool.unshift(teacher);
    const created = (i: number) => Math.min(history.to, t.createdAt + (i + 1) * 4 * HOUR);
    t.enrolments = [
      ...pool.slice(0, enrolled).map((person, i) => ({ person, status: "enrolled" as const, position: null, createdAt: created(i), attended: false, markedAt: null })),
      ...pool.slice(enrolled, enrolled + waiting).map((person, i) => ({ person, status: "waiting" as const, position: i + 1, createdAt: created(enrolled + i), attended: false, markedAt: null })),
      ...(k === 2 ? [{ person: pool[enrolled + 1]!, status: "cancelled" as const, position: null, createdAt: created(0), attended: false, markedAt: null }] : []),
    ];
    trainings.push(t);
  });

  return { trainings, raises: planRaises(trainings, community) };
}

/** Attendance raises the attendees' skill on the topic by nextLevel's rules, in the order the trainings ran. */
function planRaises(trainings: PlannedTraining[], community: DemoCommunity): PlannedRaise[] {
  const levels = new Map(community.skills.map((s) => [`${s.person}:${s.topic}`, s.level]));
  const raises: PlannedRaise[] = [];
  for (const t of [...trainings].sort((a, b) => a.startsAt - b.startsAt)) {
    for (const e of t.enrolments) {
      if (!e.attended || e.markedAt === null) continue;
      const key = `${e.person}:${t.topic}`;
      const from = levels.get(key) ?? null;
      const next = nextLevel(from ?? "none", { guidedYes: 0, trainingsSinceLevel: 1 });
      if (!next) continue;
      levels.set(key, next.level);
      raises.push({ person: e.person, topic: t.topic, training: t.index, from, to: next.level, at: e.markedAt });
    }
  }
  return raises;
}

const enrolAt = (prng: Prng, t: PlannedTraining) => Math.min(t.startsAt - HOUR, t.createdAt + prng.int(8 * 24) * HOUR);

function code(prng: Prng, length: number): string {
  let s = "";
  for (let i = 0; i < length; i++) s += "abcdefghijkmnopqrstuvwxyz"[prng.int(25)];
  return s;
}
