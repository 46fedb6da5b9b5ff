import type { Actor, Page } from "../../people/people.types.js";
import { OPEN_STATUSES } from "../../requests/lifecycle.js";
import type { RequestsRepository } from "../../requests/requests.ports.js";
import type { HelpRequest } from "../../requests/requests.types.js";
import { listRequests } from "../../requests/view-requests.js";
import type { AnswerCounts } from "./questions.ports.js";

export type CommunityQuestion = HelpRequest & { answerCount: number };

/**
 * The community feed: open community questions the actor may see (access.ts decides, as for every
 * list), newest first, each with its answer count.
 */
export async function listCommunityQuestions(
  deps: { requests: RequestsRepository; answers: AnswerCounts },
  actor: Actor,
  input: { topicId?: number; cursor?: string; limit: number },
): Promise<Page<CommunityQuestion>> {
  const page = await listRequests(deps, actor, {
    community: true,
    status: [...OPEN_STATUSES],
    topicId: input.topicId,
    sort: "newest",
    cursor: input.cursor,
    limit: input.limit,
  });
  const counts = await deps.answers.forRequests(page.items.map((r) => r.id));
  return { items: page.items.map((r) => ({ ...r, answerCount: counts.get(r.id) ?? 0 })), nextCursor: page.nextCursor };
}
