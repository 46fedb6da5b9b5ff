import type { Actor, Page } from "../../people/people.types.js";
import { loadVisibleIdea } from "./idea-deps.js";
import { ideaScopeOf } from "./idea-rules.js";
import type { IdeasRepository } from "./ideas.ports.js";
import type { Idea, IdeaStatus } from "./ideas.types.js";

export interface IdeaQuery {
  status?: IdeaStatus;
  topicId?: number;
  /** `me`: ideas the caller owns. */
  owner?: "me";
  /** `me`: ideas the caller mentors. */
  mentor?: "me";
  cursor?: string;
  limit: number;
}

/** Ideas the caller may see, newest first; `status=shipped` is the gallery. */
export async function listIdeas(deps: { ideas: IdeasRepository }, actor: Actor, query: IdeaQuery): Promise<Page<Idea>> {
  return deps.ideas.list(
    {
      status: query.status,
      topicId: query.topicId,
      ownerId: query.owner === "me" ? actor.id : undefined,
      mentorId: query.mentor === "me" ? actor.id : undefined,
      cursor: query.cursor,
      limit: query.limit,
    },
    ideaScopeOf(actor),
  );
}

export const getIdea = (deps: { ideas: IdeasRepository }, actor: Actor, id: number): Promise<Idea> => loadVisibleIdea(deps.ideas, actor, id);
