import { SKILL_LEVELS, type SkillLevel, type SkillSource } from "../../core/community/community.types.js";
import type { DemoHistory } from "./demo-requests.js";
import type { FlatTopic } from "./demo-topics.js";
import type { Prng } from "./prng.js";

/** A skill of the demo school; person and topic are indexes into the history's people and topics. */
export interface PlannedSkill {
  person: number;
  topic: number;
  level: SkillLevel;
  source: SkillSource;
  endorsedBy: number | null;
  at: number;
}

/** Resolutions (own, plus half a child topic's for a parent) from which an earned skill is a mentor's or a practitioner's. */
export const MENTOR_SCORE = 12;
export const PRACTITIONER_SCORE = 4;
/** Topics the demo's workshops taught: a few people hold a `training` skill on them. */
const TRAINING_TOPICS = ["Podcast recording", "Two-step verification", "Interactive whiteboards", "Shared calendars", "Video editing"];
/** What the demo accounts must show whatever the year looks like (at least this level). */
const DEMO_FLOORS: readonly [email: string, topic: string, level: SkillLevel][] = [
  ["helper@riverside.example", "Google Classroom", "mentor"],
  ["helper@riverside.example", "Video & podcasting", "practitioner"],
  ["studenttech@riverside.example", "Chromebooks", "practitioner"],
  ["studenttech@riverside.example", "Printing", "learning"],
  ["studenttech@riverside.example", "Joining the Wi-Fi", "learning"],
];

const rank = (level: SkillLevel) => SKILL_LEVELS.indexOf(level);
export const levelFor = (score: number): SkillLevel => (score >= MENTOR_SCORE ? "mentor" : score >= PRACTITIONER_SCORE ? "practitioner" : "learning");

/** Each topic's parent index (null at the top of the tree). */
export function topicParents(topics: readonly FlatTopic[]): (number | null)[] {
  const byName = new Map(topics.map((t) => [t.name, t.index]));
  return topics.map((t) => (t.group === t.name ? null : byName.get(t.group)!));
}

/** Per helper, per topic: how many of someone else's requests they resolved, and the last time. */
export function resolutionsBy(history: DemoHistory): Map<number, Map<number, { count: number; last: number }>> {
  const by = new Map<number, Map<number, { count: number; last: number }>>();
  for (const r of history.requests) {
    if (r.resolver === null || r.resolver === r.requester || r.resolvedAt === null) continue;
    const mine = by.get(r.resolver) ?? new Map<number, { count: number; last: number }>();
    by.set(r.resolver, mine);
    const seen = mine.get(r.topic) ?? { count: 0, last: 0 };
    mine.set(r.topic, { count: seen.count + 1, last: Math.max(seen.last, r.resolvedAt) });
  }
  return by;
}

/**
 * Skills from the record: `earned` on every topic a helper resolved (level by how much), a parent topic
 * earned from its children's work, `declared` ones on topics they take but have not resolved yet (the tech
 * team declares all specialist work), some teachers who never take requests, a few from trainings, and
 * the tech team's endorsements.
 */
export function planSkills(history: DemoHistory, prng: Prng): PlannedSkill[] {
  const { people, topics, cast } = history;
  const parents = topicParents(topics);
  const resolved = resolutionsBy(history);
  const skills = new Map<string, PlannedSkill>();
  const key = (person: number, topic: number) => `${person}:${topic}`;
  const put = (s: Omit<PlannedSkill, "endorsedBy">) => skills.set(key(s.person, s.topic), { ...s, endorsedBy: null });
  const yearAt = (fraction: number) => Math.round(history.from + fraction * (history.to - history.from));

  for (const helper of cast.helpers) {
    const mine = resolved.get(helper.person) ?? new Map<number, { count: number; last: number }>();
    for (const t of topics) {
      const own = mine.get(t.index) ?? { count: 0, last: 0 };
      const children = topics.filter((c) => parents[c.index] === t.index).map((c) => mine.get(c.index) ?? { count: 0, last: 0 });
      const score = own.count + children.reduce((sum, c) => sum + c.count, 0) / 2;
      // A parent topic is earned from its children's work only once that makes a practitioner.
      if (own.count === 0 && score < PRACTITIONER_SCORE) continue;
      const last = Math.max(own.last, ...children.map((c) => c.last));
      put({ person: helper.person, topic: t.index, level: levelFor(score), source: "earned", at: last });
    }
    const declaredAt = yearAt(Math.min(0.9, helper.joinsAt));
    for (const t of topics) {
      if (skills.has(key(helper.person, t.index))) continue;
      if (helper.tech) {
        if (t.nature === "specialist" || parents[t.index] === null) put({ person: helper.person, topic: t.index, level: "practitioner", source: "declared", at: declaredAt });
      } else if (helper.topics.has(t.name) && prng.next() < 0.35) {
        put({ person: helper.person, topic: t.index, level: prng.next() < 0.6 ? "learning" : "practitioner", source: "declared", at: declaredAt });
      }
    }
  }

  // Teachers who know a tool well but take no requests: visible in the directory, never routed to.
  const helpers = new Set(cast.helpers.map((h) => h.person));
  const learnable = topics.filter((t) => t.nature === "learnable");
  const members = people.flatMap((p, i) => (!helpers.has(i) && (p.kind === "teacher" || p.kind === "staff") && !p.roles.includes("admin") ? [i] : []));
  for (const person of members) {
    if (prng.next() >= 0.25) continue;
    for (let k = 1 + prng.int(2); k > 0; k--) {
      const topic = prng.pick(learnable).index;
      const level = (["learning", "practitioner", "practitioner", "mentor"] as const)[prng.int(4)]!;
      if (!skills.has(key(person, topic))) put({ person, topic, level, source: "declared", at: yearAt(prng.next()) });
    }
  }
  // A few workshop attendees; attending makes a learner.
  const trainees = [...members, ...cast.helpers.filter((h) => !h.tech).map((h) => h.person)];
  for (let k = 0; k < 10; k++) {
    const person = prng.pick(trainees);
    const name = prng.pick(TRAINING_TOPICS);
    const topic = topics.find((t) => t.name === name)!.index;
    if (!skills.has(key(person, topic))) put({ person, topic, level: "learning", source: "training", at: yearAt(0.3 + 0.6 * prng.next()) });
  }

  for (const [email, name, level] of DEMO_FLOORS) {
    const person = cast.byEmail.get(email)!;
    const topic = topics.find((t) => t.name === name)!.index;
    const had = skills.get(key(person, topic));
    if (!had) put({ person, topic, level, source: "declared", at: yearAt(0.1) });
    else if (rank(had.level) < rank(level)) had.level = level;
  }

  const [tech, colleague] = cast.core;
  const planned = [...skills.values()].sort((a, b) => a.person - b.person || a.topic - b.topic);
  for (const s of planned) {
    if (prng.next() < (s.level === "learning" ? 0.12 : 0.4)) s.endorsedBy = s.person === tech ? colleague : tech;
  }
  return planned;
}
