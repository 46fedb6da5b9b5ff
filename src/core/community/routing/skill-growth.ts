import type { SkillLevel } from "../community.types.js";

/** A person's level on a topic before growth; `none` when they have no skill there yet. */
export type GrowthLevel = SkillLevel | "none";

/** What the record shows for one person on one topic (counting its subtopics). */
export interface SkillEvidence {
  /**
   * `guided` resolutions they made on the topic or its subtopics whose requester answered "yes" to
   * "Could you do this yourself next time?" — all time, including those made while paired with a mentor.
   */
  guidedYes: number;
  /** Trainings on the topic (or a subtopic) they attended since their level last changed. */
  trainingsSinceLevel: number;
}

/** Guided "yes" resolutions that make a `learning` helper a `practitioner`. */
export const PRACTITIONER_AFTER_GUIDED = 3;
/** Guided "yes" resolutions (in all) that make a `practitioner` a `mentor`. */
export const MENTOR_AFTER_GUIDED = 10;

/** The rules in words, for the person's skills page; `nextLevel` applies exactly these. */
export const SKILL_GROWTH_RULES: string[] = [
  "Attending a training on a topic gives you the skill as learning, or raises learning to practitioner.",
  `Guiding ${PRACTITIONER_AFTER_GUIDED} people on a topic (or its subtopics) who then say they could do it themselves next time raises learning to practitioner.`,
  `Guiding ${MENTOR_AFTER_GUIDED} such people in all raises practitioner to mentor; trainings alone never make a mentor.`,
  "Guidance given while paired with a mentor counts for you, the learner.",
  "The record only ever raises a skill, one level at a time; it never lowers one.",
];

/**
 * The level the record earns next, with the reason in words, or null when it earns nothing more.
 * One step at a time: call again with the new level to see whether the evidence goes further.
 */
export function nextLevel(current: GrowthLevel, evidence: SkillEvidence): { level: SkillLevel; because: string } | null {
  const guided = `guided ${evidence.guidedYes} ${evidence.guidedYes === 1 ? "person" : "people"} who could then do it themselves`;
  const trained = `attended ${evidence.trainingsSinceLevel === 1 ? "a training" : `${evidence.trainingsSinceLevel} trainings`} on the topic`;
  switch (current) {
    case "none":
      return evidence.trainingsSinceLevel >= 1 ? { level: "learning", because: trained } : null;
    case "learning":
      if (evidence.guidedYes >= PRACTITIONER_AFTER_GUIDED) return { level: "practitioner", because: guided };
      return evidence.trainingsSinceLevel >= 1 ? { level: "practitioner", because: trained } : null;
    case "practitioner":
      return evidence.guidedYes >= MENTOR_AFTER_GUIDED ? { level: "mentor", because: guided } : null;
    case "mentor":
      return null;
  }
}
