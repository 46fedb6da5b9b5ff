import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import { monthFormat } from "./dependency-insights.js";

/**
 * A person's own picture (issue "A person's own picture"): how they asked for help, how their requests were
 * resolved, whether they felt they could do it next time, and what they learned — framed as growth, not a score.
 * Every member sees only their own.
 */

const DEFAULT_MONTHS = 12;
const MAX_WINDOW = 5 * 366 * 86_400_000;

export interface GrowthRequestRow {
  createdAt: string;
  resolvedAt: string | null;
  mode: string;
  resolutionKind: string | null;
  selfReliance: string | null;
}

export interface GrowthSkillRow {
  at: string;
  topic: string;
  from: string | null;
  to: string;
}

/** What the growth picture reads (src/db/insights/growth.repository.ts). */
export interface GrowthSource {
  /** The person's requests created or resolved in `[from, to)`. */
  requests(personId: number, window: { from: string; to: string }): Promise<GrowthRequestRow[]>;
  /** `skill.raised` events about the person in `[from, to)`, oldest first. */
  skillsRaised(personId: number, window: { from: string; to: string }): Promise<GrowthSkillRow[]>;
  timeZoneOf(personId: number): Promise<string>;
}

export interface GrowthMonth {
  month: string;
  /** Requests made this month, by the help asked for. */
  asked: { guide: number; idea: number; do: number };
  /** Resolutions: shown how (guided), solved alone (selfSolved), done for them (doneFor), a specialist fix. */
  resolved: { selfSolved: number; guided: number; doneFor: number; specialistFix: number };
  /** "Could you do this yourself next time?" */
  couldDoItMyself: { yes: number; partly: number; no: number };
  skillsGained: number;
}

export interface MyGrowth {
  from: string;
  to: string;
  timeZone: string;
  months: GrowthMonth[];
  skills: GrowthSkillRow[];
  /** Short sentences about progress, never a ranking. */
  highlights: string[];
}

export async function myGrowth(deps: { growth: GrowthSource; now: Date }, actor: Actor, query: { from?: string; to?: string }): Promise<MyGrowth> {
  const to = query.to ? new Date(query.to) : new Date(deps.now.getTime() + 1);
  const from = query.from ? new Date(query.from) : new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() - DEFAULT_MONTHS, to.getUTCDate(), to.getUTCHours(), to.getUTCMinutes(), to.getUTCSeconds(), to.getUTCMilliseconds()));
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw new AppError("VALIDATION_FAILED", "`from` and `to` must be ISO dates.");
  if (!(from < to)) throw new AppError("VALIDATION_FAILED", "`from` must come before `to`.");
  if (to.getTime() - from.getTime() > MAX_WINDOW) throw new AppError("VALIDATION_FAILED", "The window may span at most 5 years.");
  const window = { from: from.toISOString(), to: to.toISOString() };
  const [rows, skills, timeZone] = await Promise.all([
    deps.growth.requests(actor.id, window),
    deps.growth.skillsRaised(actor.id, window),
    deps.growth.timeZoneOf(actor.id),
  ]);
  const month = monthFormat(timeZone);
  const months = new Map<string, GrowthMonth>();
  const at = (iso: string) => {
    const key = month(new Date(iso));
    let m = months.get(key);
    if (!m) {
      m = { month: key, asked: { guide: 0, idea: 0, do: 0 }, resolved: { selfSolved: 0, guided: 0, doneFor: 0, specialistFix: 0 }, couldDoItMyself: { yes: 0, partly: 0, no: 0 }, skillsGained: 0 };
      months.set(key, m);
    }
    return m;
  };
  const inWindow = (iso: string) => iso >= window.from && iso < window.to;
  for (const r of rows) {
    if (inWindow(r.createdAt) && (r.mode === "guide" || r.mode === "idea" || r.mode === "do")) at(r.createdAt).asked[r.mode] += 1;
    if (r.resolvedAt && inWindow(r.resolvedAt)) {
      const m = at(r.resolvedAt);
      if (r.resolutionKind === "self_solved") m.resolved.selfSolved += 1;
      if (r.resolutionKind === "guided") m.resolved.guided += 1;
      if (r.resolutionKind === "done_for") m.resolved.doneFor += 1;
      if (r.resolutionKind === "specialist_fix") m.resolved.specialistFix += 1;
      if (r.selfReliance === "yes" || r.selfReliance === "partly" || r.selfReliance === "no") m.couldDoItMyself[r.selfReliance] += 1;
    }
  }
  for (const s of skills) at(s.at).skillsGained += 1;
  const ordered = [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
  return { ...window, timeZone, months: ordered, skills, highlights: highlights(ordered, skills) };
}

function highlights(months: GrowthMonth[], skills: GrowthSkillRow[]): string[] {
  const sum = (pick: (m: GrowthMonth) => number) => months.reduce((n, m) => n + pick(m), 0);
  const out: string[] = [];
  const learnedBy = sum((m) => m.resolved.guided + m.resolved.selfSolved);
  if (learnedBy > 0) out.push(`You did ${learnedBy} ${learnedBy === 1 ? "fix" : "fixes"} yourself, on your own or with someone showing you how.`);
  const yes = sum((m) => m.couldDoItMyself.yes + m.couldDoItMyself.partly);
  if (yes > 0) out.push(`${yes} ${yes === 1 ? "time" : "times"} you said you could do it yourself next time, at least partly.`);
  if (skills.length > 0) out.push(`You grew ${skills.length} ${skills.length === 1 ? "skill" : "skills"}: ${[...new Set(skills.map((s) => s.topic))].join(", ")}.`);
  if (out.length === 0) out.push("Ask to be shown how next time: every guided request is something you can do yourself afterwards.");
  return out;
}
