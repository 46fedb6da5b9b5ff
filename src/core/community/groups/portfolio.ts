import type { Actor } from "../../people/people.types.js";
import { isTriager } from "../../requests/access.js";
import { AppError } from "../../shared/errors.js";
import type { GroupsRepository, PortfolioSource } from "./groups.ports.js";
import type { Portfolio, PortfolioEntry } from "./groups.types.js";

/**
 * The helping record of a group's members (one member with `personId`): requests they resolved or
 * answered, topics, outcomes and minutes. Supervisors of the group, tech and admin see everyone's; a
 * member sees only their own.
 */
export async function groupPortfolio(
  deps: { groups: GroupsRepository; portfolio: PortfolioSource },
  actor: Actor,
  groupId: number,
  options: { personId?: number } = {},
): Promise<Portfolio[]> {
  const group = await deps.groups.findById(groupId);
  const mine = group?.members.find((m) => m.personId === actor.id);
  if (!group || !(isTriager(actor) || mine)) throw new AppError("GROUP_NOT_FOUND", `Group ${groupId} was not found.`);
  const overseer = isTriager(actor) || mine?.role === "supervisor";
  const personId = options.personId ?? (overseer ? undefined : actor.id);
  if (!overseer && personId !== actor.id) throw new AppError("FORBIDDEN", "Members see their own portfolio; supervisors see everyone's.");
  const members = group.members.filter((m) => m.role === "member" && (personId === undefined || m.personId === personId));
  if (personId !== undefined && members.length === 0) throw new AppError("GROUP_MEMBER_NOT_FOUND", `Person ${personId} is not a member of group ${groupId}.`);
  const result: Portfolio[] = [];
  for (const member of members) result.push(summarize(member.personId, member.name, await deps.portfolio.helpedWith(member.personId)));
  return result;
}

/** Totals over a member's entries; pure, so the figures are the same on both engines. */
export function summarize(personId: number, name: string, requests: PortfolioEntry[]): Portfolio {
  const topics = new Map<number, { topicId: number; topicName: string; count: number }>();
  const resolutionKinds: Portfolio["resolutionKinds"] = {};
  const selfReliance: Portfolio["selfReliance"] = {};
  let minutesSpent = 0;
  for (const entry of requests) {
    const topic = topics.get(entry.topicId) ?? { topicId: entry.topicId, topicName: entry.topicName, count: 0 };
    topic.count += 1;
    topics.set(entry.topicId, topic);
    if (entry.contribution !== "resolved") continue;
    if (entry.resolutionKind) resolutionKinds[entry.resolutionKind] = (resolutionKinds[entry.resolutionKind] ?? 0) + 1;
    if (entry.selfReliance) selfReliance[entry.selfReliance] = (selfReliance[entry.selfReliance] ?? 0) + 1;
    minutesSpent += entry.minutesSpent ?? 0;
  }
  return {
    personId,
    name,
    requests,
    resolvedCount: requests.filter((r) => r.contribution === "resolved").length,
    answeredCount: requests.filter((r) => r.contribution === "answered").length,
    minutesSpent,
    topics: [...topics.values()].sort((a, b) => b.count - a.count || a.topicId - b.topicId),
    resolutionKinds,
    selfReliance,
  };
}
