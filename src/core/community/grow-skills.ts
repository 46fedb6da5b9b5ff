import type { Clock, EventLog, TopicsRepository } from "../people/people.ports.js";
import type { HelpRequest } from "../requests/requests.types.js";
import type { SkillsRepository } from "./community.ports.js";
import type { Skill } from "./community.types.js";
import { ancestorsOf, withDescendants } from "./find-helpers.js";
import { type GrowthLevel, nextLevel } from "./routing/skill-growth.js";

/** Counts the record behind a skill: guided resolutions whose requester could then do it themselves. */
export interface SkillEvidenceSource {
  guidedYes(personId: number, topicIds: number[]): Promise<number>;
}

/**
 * After a requester answers "yes" on a guided request, the credited helper's skill may grow by the
 * rules in routing/skill-growth.ts, on the request's topic and on its ancestors where they hold a
 * skill. Returns the skills that rose.
 */
export async function growSkillsFromRecord(
  deps: { skills: SkillsRepository; topics: TopicsRepository; evidence: SkillEvidenceSource; events: EventLog; clock: Clock },
  request: Pick<HelpRequest, "id" | "topicId" | "resolverId" | "resolutionKind" | "selfReliance">,
): Promise<Skill[]> {
  if (request.resolutionKind !== "guided" || request.selfReliance !== "yes" || request.resolverId === null) return [];
  const personId = request.resolverId;
  const topics = await deps.topics.list({ includeArchived: true });
  const raised: Skill[] = [];
  for (const topicId of [request.topicId, ...ancestorsOf(topics, request.topicId)]) {
    const current = await deps.skills.find(personId, topicId);
    // Grow where the person already holds the skill, and on the request's own topic.
    if (!current && topicId !== request.topicId) continue;
    const evidence = { guidedYes: await deps.evidence.guidedYes(personId, withDescendants(topics, topicId)), trainingsSinceLevel: 0 };
    const next = nextLevel((current?.level ?? "none") as GrowthLevel, evidence);
    if (!next) continue;
    const at = deps.clock.now().toISOString();
    const skill = await deps.skills.upsert({ personId, topicId, level: next.level, source: "earned", at });
    await deps.events.append({ type: "skill.raised", actorId: null, subjectType: "person", subjectId: personId, data: { topicId, from: current?.level ?? null, to: next.level, because: next.because, requestId: request.id }, at });
    raised.push(skill);
  }
  return raised;
}
