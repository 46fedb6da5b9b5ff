import type { NearestSkill } from "./eligibility.js";
import type { Weekday } from "../community.types.js";
import { FULL_HOURS_PER_WEEK, SPREADS_LOAD_BELOW_FAIR_SHARES } from "./routing-weights.js";

/** Plain-word reasons shown beside each proposal (STYLE.md: decisions explain themselves). */

const DAY_NAMES: Record<Weekday, string> = {
  mon: "Mondays", tue: "Tuesdays", wed: "Wednesdays", thu: "Thursdays", fri: "Fridays", sat: "Saturdays", sun: "Sundays",
};

export type TopicNamer = (topicId: number) => string;

export function skillReason(skill: NearestSkill, requestTopicId: number, name: TopicNamer): string {
  const where = skill.inherited ? `${name(skill.topicId)}, which covers ${name(requestTopicId)}` : name(skill.topicId);
  return skill.level === "learning" ? `learning ${where}` : `${skill.level} in ${where}`;
}

export function loadReason(openLoad: number, openCap: number): string {
  return `holds ${openLoad} of ${openCap} open requests`;
}

/** The recent share in words, against a fair share (1 / helpers in the pool). */
export function shareReason(recentShare: number, fairShare: number): string {
  if (recentShare <= 0) return "no recent resolutions — spreads the load";
  return recentShare < SPREADS_LOAD_BELOW_FAIR_SHARES * fairShare
    ? `helped with ${percent(recentShare)} of recent requests — spreads the load`
    : `already helped with ${percent(recentShare)} of recent requests (a fair share is ${percent(fairShare)})`;
}

function percent(share: number): string {
  return share < 0.005 ? "under 1%" : `${Math.round(share * 100)}%`;
}

/** Null when the person declared no days (any day suits them). */
export function dayReason(days: readonly Weekday[], weekday: Weekday): string | null {
  if (days.length === 0) return null;
  if (days.includes(weekday)) return `usually helps on ${DAY_NAMES[weekday]}`;
  return `usually helps on ${listWords(days.map((d) => DAY_NAMES[d]))}, not ${DAY_NAMES[weekday]}`;
}

/** Null unless the declared hours are few enough to weigh the score down. */
export function hoursReason(hoursPerWeek: number | null): string | null {
  if (hoursPerWeek === null || hoursPerWeek >= FULL_HOURS_PER_WEEK) return null;
  return `offers ${hoursPerWeek} ${hoursPerWeek === 1 ? "hour" : "hours"} a week`;
}

function listWords(words: string[]): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
