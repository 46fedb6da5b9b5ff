import type { Actor, CommunityAudience } from "../people/people.types.js";
import { isOpen } from "./lifecycle.js";
import type { HelpRequest } from "./requests.types.js";

/*
 * Who sees and works which request — the one place these rules live. `accessTo` decides for one
 * request; `scopeOf` states the same rules as data that the repositories turn into SQL for lists.
 *
 * - tech and admin see everything (a student never sees a staff-only request, whatever their roles);
 * - everyone sees what they asked, hold (assignee) or are paired on (mentor);
 * - helpers see the open, unassigned queue they may take from;
 * - an open community question is seen by people with a skill on its topic or a parent topic, or by
 *   every member when the topic's audience is `everyone` (public messages only; no triage);
 * - members of a helper group (the student tech team) see the requests routed to it; supervisors too;
 * - students never see staff-only requests, and never internal notes (decided: not even as assignee,
 *   since notes are where staff write what a student must not read).
 */

/** What access needs about a person beyond their roles, gathered by the repository (see `accessFactsFrom`). */
export interface AccessFacts {
  /** Topics whose open community questions the person may see. */
  communityTopicIds: readonly number[];
  /** Helper groups they belong to, with their role there. */
  groups: readonly { groupId: number; role: GroupRole }[];
}

export const GROUP_ROLES = ["member", "supervisor"] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

export const NO_FACTS: AccessFacts = { communityTopicIds: [], groups: [] };

/**
 * Which requests a person sees, as data. `all`: tech and admin; `helper`/`own`: the rules above, with the
 * facts resolved to ids. Lists filter by it; `accessTo` agrees with it for every single request.
 */
export type RequestScope =
  | { kind: "all"; hideStaffOnly?: boolean }
  | {
      kind: "helper" | "own";
      personId: number;
      hideStaffOnly?: boolean;
      /** Open community questions on these topics are visible. */
      communityTopicIds?: readonly number[];
      /** Requests routed to these helper groups are visible. */
      groupIds?: readonly number[];
    };

export function scopeOf(actor: Actor, facts: AccessFacts = NO_FACTS): RequestScope {
  const hideStaffOnly = isStudent(actor);
  if (isTriager(actor)) return hideStaffOnly ? { kind: "all", hideStaffOnly } : { kind: "all" };
  return {
    kind: actor.roles.includes("helper") ? "helper" : "own",
    personId: actor.id,
    hideStaffOnly,
    communityTopicIds: facts.communityTopicIds,
    groupIds: facts.groups.map((g) => g.groupId),
  };
}

/** Triage (topic, mode, nature, assignee, merging) belongs to tech; admin has it too. */
export const isTriager = (actor: Actor) => actor.roles.includes("tech") || actor.roles.includes("admin");

export const isStudent = (actor: Pick<Actor, "kind">) => actor.kind === "student";

/** What one person may do with one request. */
export interface RequestAccess {
  see: boolean;
  /** Read and write internal notes. */
  internal: boolean;
  /** Move it: status, reply as its handler, resolve. */
  work: boolean;
  /** Take it for themselves while unassigned (helpers; group members on their group's requests). */
  take: boolean;
  /** Sees it only as a community question: public messages, public answers, nothing else. */
  communityOnly: boolean;
}

const NONE: RequestAccess = { see: false, internal: false, work: false, take: false, communityOnly: false };

export function accessTo(actor: Actor, request: HelpRequest, facts: AccessFacts = NO_FACTS): RequestAccess {
  const student = isStudent(actor);
  if (student && request.staffOnly) return NONE;
  const helper = actor.roles.includes("helper");
  const requester = request.requesterId === actor.id;
  const holds = request.assigneeId === actor.id || request.mentorId === actor.id;
  const open = isOpen(request.status);
  const group = request.groupId === null ? undefined : facts.groups.find((g) => g.groupId === request.groupId);
  const unassignedOpen = request.assigneeId === null && open;

  if (isTriager(actor)) return { see: true, internal: !requester && !student, work: true, take: unassignedOpen, communityOnly: false };
  const inQueue = helper && unassignedOpen;
  const community = request.community && open && facts.communityTopicIds.includes(request.topicId);
  const see = requester || holds || inQueue || group !== undefined || community;
  if (!see) return NONE;
  const supervisor = group?.role === "supervisor";
  const work = (helper && request.assigneeId === actor.id) || (group !== undefined && request.assigneeId === actor.id) || supervisor;
  return {
    see,
    internal: !requester && !student && (holds || inQueue || supervisor),
    work,
    take: unassignedOpen && !requester && (helper || group !== undefined),
    communityOnly: !requester && !holds && !inQueue && group === undefined,
  };
}

/** Whether a request's visibility can depend on facts (community, groups) beyond the request itself. */
export const needsFacts = (actor: Actor, request: HelpRequest) => !isTriager(actor) && (request.community || request.groupId !== null);

export function canSee(actor: Actor, request: HelpRequest, facts: AccessFacts = NO_FACTS): boolean {
  return accessTo(actor, request, facts).see;
}

/** Helpers move the requests they hold; triagers move any; group members the group's ones they hold. */
export const canWork = (actor: Actor, request: HelpRequest, facts: AccessFacts = NO_FACTS) => accessTo(actor, request, facts).work;

/** Internal notes are never shown to the requester, nor to students, whatever other roles they have. */
export const canSeeInternal = (actor: Actor, request: HelpRequest, facts: AccessFacts = NO_FACTS) => accessTo(actor, request, facts).internal;

/**
 * The topics whose community questions a person may see: every topic under one they have a skill on
 * (a skill on a parent topic covers its children), plus every topic whose audience is `everyone`.
 */
export function communityTopicsFor(
  topics: readonly { id: number; parentId: number | null; communityAudience: CommunityAudience }[],
  skillTopicIds: readonly number[],
): number[] {
  const parentOf = new Map(topics.map((t) => [t.id, t.parentId]));
  const skilled = new Set(skillTopicIds);
  const covered = (id: number) => {
    const seen = new Set<number>();
    for (let at: number | null | undefined = id; at != null && !seen.has(at); at = parentOf.get(at)) {
      if (skilled.has(at)) return true;
      seen.add(at);
    }
    return false;
  };
  return topics.filter((t) => t.communityAudience === "everyone" || covered(t.id)).map((t) => t.id);
}
