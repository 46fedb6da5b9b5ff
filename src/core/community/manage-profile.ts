import type { Clock, EventLog, TopicsRepository } from "../people/people.ports.js";
import type { Actor } from "../people/people.types.js";
import { AppError } from "../shared/errors.js";
import type { ProfilesRepository, SkillsRepository } from "./community.ports.js";
import type { HelperProfile, Skill, SkillLevel, Weekday } from "./community.types.js";
import { SKILL_GROWTH_RULES } from "./routing/skill-growth.js";

export const MAX_OPEN_CAP = 50;

/** A person's community profile: what they can help with, what they want to learn, when they can help. */
export async function getProfile(deps: { profiles: ProfilesRepository; skills: SkillsRepository }, personId: number) {
  const [profile, skills] = await Promise.all([deps.profiles.get(personId), deps.skills.forPerson(personId)]);
  return { ...profile, skills, growthRules: SKILL_GROWTH_RULES };
}

/** A person updates their own availability, cap, away status, bio and interests. */
export async function updateOwnProfile(
  deps: { profiles: ProfilesRepository; topics: TopicsRepository; events: EventLog; clock: Clock },
  actor: Actor,
  input: { days?: Weekday[]; hoursPerWeek?: number | null; openCap?: number; away?: boolean; bio?: string; interests?: number[] },
): Promise<HelperProfile> {
  const current = await deps.profiles.get(actor.id);
  if (input.openCap !== undefined && (!Number.isInteger(input.openCap) || input.openCap < 1 || input.openCap > MAX_OPEN_CAP)) {
    throw new AppError("VALIDATION_FAILED", `The open-request cap is a whole number from 1 to ${MAX_OPEN_CAP}.`);
  }
  for (const topicId of input.interests ?? []) {
    if (!(await deps.topics.findById(topicId))) throw new AppError("TOPIC_NOT_FOUND", `Topic ${topicId} was not found.`);
  }
  const next: HelperProfile = {
    ...current,
    ...(input.days !== undefined && { days: [...new Set(input.days)] }),
    ...(input.hoursPerWeek !== undefined && { hoursPerWeek: input.hoursPerWeek }),
    ...(input.openCap !== undefined && { openCap: input.openCap }),
    ...(input.away !== undefined && { away: input.away }),
    ...(input.bio !== undefined && { bio: input.bio.trim() }),
    ...(input.interests !== undefined && { interests: [...new Set(input.interests)] }),
  };
  const at = deps.clock.now().toISOString();
  await deps.profiles.save(next, at);
  if (input.away !== undefined && input.away !== current.away) {
    await deps.events.append({ type: input.away ? "helper.away" : "helper.back", actorId: actor.id, subjectType: "person", subjectId: actor.id, at });
  }
  return next;
}

/** A person declares (or changes) their own level on a topic. */
export async function declareSkill(
  deps: { skills: SkillsRepository; topics: TopicsRepository; events: EventLog; clock: Clock },
  actor: Actor,
  topicId: number,
  level: SkillLevel,
): Promise<Skill> {
  const topic = await deps.topics.findById(topicId);
  if (!topic || topic.archived) throw new AppError("TOPIC_NOT_FOUND", `Topic ${topicId} was not found.`);
  const at = deps.clock.now().toISOString();
  const skill = await deps.skills.upsert({ personId: actor.id, topicId, level, source: "declared", at });
  await deps.events.append({ type: "skill.declared", actorId: actor.id, subjectType: "person", subjectId: actor.id, data: { topicId, level }, at });
  return skill;
}

export async function removeSkill(deps: { skills: SkillsRepository }, actor: Actor, topicId: number): Promise<void> {
  if (!(await deps.skills.remove(actor.id, topicId))) throw new AppError("SKILL_NOT_FOUND", `You have no skill on topic ${topicId}.`);
}

/** Tech vouches for (or withdraws a vouch for) someone's skill. */
export async function endorseSkill(
  deps: { skills: SkillsRepository; events: EventLog; clock: Clock },
  actor: Actor,
  input: { personId: number; topicId: number; endorse: boolean },
): Promise<Skill> {
  if (!actor.roles.some((r) => r === "tech" || r === "admin")) throw new AppError("FORBIDDEN", "The tech team endorses skills.");
  const at = deps.clock.now().toISOString();
  const skill = await deps.skills.endorse(input.personId, input.topicId, input.endorse ? actor.id : null, at);
  if (!skill) throw new AppError("SKILL_NOT_FOUND", `Person ${input.personId} has no skill on topic ${input.topicId}.`);
  await deps.events.append({ type: input.endorse ? "skill.endorsed" : "skill.unendorsed", actorId: actor.id, subjectType: "person", subjectId: input.personId, data: { topicId: input.topicId }, at });
  return skill;
}
