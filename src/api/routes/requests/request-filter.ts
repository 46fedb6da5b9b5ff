import type { Static } from "@sinclair/typebox";
import type { Actor } from "../../../core/people/people.types.js";
import type { RequestFilter } from "../../../core/requests/requests.ports.js";
import type { RequestQuery } from "../../schemas/requests.schemas.js";

/** Query string → core filter; `assignee=me` and `mine=true` resolve to the caller. */
export function toFilter(query: Static<typeof RequestQuery>, actor: Actor): RequestFilter {
  return {
    status: query.status,
    topicId: query.topicId,
    mode: query.mode,
    nature: query.nature,
    campusId: query.campusId,
    assignee: query.assignee === "me" ? actor.id : query.assignee,
    requesterId: query.mine ? actor.id : query.requesterId,
    urgency: query.urgency,
    community: query.community,
    groupId: query.groupId,
    q: query.q?.trim() || undefined,
    sort: query.sort,
    cursor: query.cursor,
    limit: query.limit,
  };
}
