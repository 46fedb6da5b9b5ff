import type { SkillLevel } from "../../core/community/community.types.js";
import type { DemoCommunity } from "./demo-community.js";
import { type PlannedIdea, planIdeas } from "./demo-growth-ideas.js";
import { type PlannedRaise, type PlannedTraining, planTrainings } from "./demo-growth-trainings.js";
import type { DemoKnowledge } from "./demo-knowledge.js";
import type { DemoHistory } from "./demo-requests.js";
import { Prng } from "./prng.js";

/** The demo school's trainings and idea proposals, planned in memory (pure: the same history gives the same plan). */
export interface DemoGrowth {
  /** Past ones first (by time), then the upcoming ones, all relative to the history's now. */
  trainings: PlannedTraining[];
  /** Skills raised by attending, in the order the trainings ran. */
  raises: PlannedRaise[];
  /** The skills rows to insert or update: each raised (person, topic) at its final level. */
  skills: { person: number; topic: number; level: SkillLevel; at: number }[];
  ideas: PlannedIdea[];
}

export function planDemoGrowth(history: DemoHistory, knowledge: DemoKnowledge, community: DemoCommunity, options: { seed?: number; timeZone?: string } = {}): DemoGrowth {
  const prng = new Prng(options.seed ?? 20260908);
  const { trainings, raises } = planTrainings(history, knowledge, community, prng, options.timeZone ?? "Europe/Lisbon");
  const finals = new Map<string, DemoGrowth["skills"][number]>();
  for (const r of raises) finals.set(`${r.person}:${r.topic}`, { person: r.person, topic: r.topic, level: r.to, at: r.at });
  const ideas = planIdeas(history, community, prng);
  return { trainings, raises, skills: [...finals.values()], ideas };
}
