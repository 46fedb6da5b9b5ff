import type { SkillLevel } from "../community.types.js";

/**
 * Every weight the helper router uses, in one place (DESIGN.md "Routing"). Each term is a fraction in
 * 0..1 multiplied by its weight; the weights of one mode add up to at most 100, so the score shown
 * beside a proposal is always 0..100.
 */
export const ROUTING_WEIGHTS = {
  /**
   * Skill on the topic. Guidance and ideas are teaching, so knowing the topic well matters most;
   * it is still less than load + spread together, so a mentor who already carries the school does not
   * win every request.
   */
  skill: 35,
  /** Room under the person's own cap: someone holding 1 of 5 is a better ask than someone holding 4 of 5. */
  load: 20,
  /**
   * Low recent share of all resolutions. This is the term that spreads help across the community:
   * a person's points fall linearly as their recent share rises, to 0 at `SHARE_CEILING_FAIR_SHARES`
   * fair shares. At 30 it outweighs a mentor's depth (35 − 23.3 = 11.7 points over a practitioner) once
   * the mentor is about 0.8 of a fair share ahead, so the top helper stays busy but never takes everything.
   */
  spread: 30,
  /** Wants to learn the topic (guide/idea only): a small nudge toward a practitioner who wants to grow. */
  interest: 5,
  /** Usually helps on the request's weekday (or declared no days, meaning any day). */
  day: 6,
  /** Declared enough hours a week (or no limit): fewer hours weigh a little less. */
  hours: 4,
} as const;

/**
 * A fair share is 1 / (people in the pool who can help: anyone with a skill, or tech). A recent share of
 * this many fair shares or more earns no spread points: 2 in a school of 45 helpers is 4.4%. Relative,
 * so a small school with 7 helpers (fair share 14%) still spreads, where a fixed ceiling would not.
 */
export const SHARE_CEILING_FAIR_SHARES = 2;

/** Declared hours a week at which the hours term is full; fewer scale it down. */
export const FULL_HOURS_PER_WEEK = 2;

/** Below this many fair shares, the reason says the person spreads the load. */
export const SPREADS_LOAD_BELOW_FAIR_SHARES = 1;

/**
 * Skill fraction per level for guide/idea: teaching needs depth. A `learning` helper paired with a
 * mentor counts as a practitioner, since the mentor backs them.
 */
export const GUIDE_SKILL: Record<SkillLevel, number> = { learning: 1 / 3, practitioner: 2 / 3, mentor: 1 };

/** Skill fraction per level for `do` on learnable tasks: anyone practitioner or above can do it. */
export const DO_SKILL: Record<SkillLevel, number> = { learning: 0.5, practitioner: 1, mentor: 1 };

/** Skill on a parent topic counts a little less than the same level on the topic itself (less specific). */
export const PARENT_TOPIC_FACTOR = 0.85;

/**
 * Specialist `do` requests go to tech ranked by skill, then load: each level is a band of 25 points
 * (none 0–25, learning 25–50, practitioner 50–75, mentor 75–100) and room under the cap fills the band,
 * so the score agrees with that order.
 */
export const SPECIALIST_BAND = 25;
