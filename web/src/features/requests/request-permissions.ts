import { useAuth, useMe } from "../../app/auth-context";
import { OPEN_STATUSES, RESOLUTION_KINDS, type HelpRequest, type ResolutionKind, type Status } from "./requests.types";

/** DESIGN.md's lifecycle (mirrors the server's); resolving goes through its own dialog. */
const TRANSITIONS: Record<Status, Status[]> = {
  new: ["triaged", "in_progress"],
  triaged: ["in_progress", "waiting"],
  in_progress: ["waiting"],
  waiting: ["in_progress"],
  resolved: ["closed", "reopened"],
  reopened: ["in_progress", "waiting"],
  closed: [],
};

const REQUESTER_KINDS: ResolutionKind[] = ["self_solved", "not_needed"];

/** What the signed-in person may do with a request; the server checks the same rules. */
export function useRequestPermissions(request: HelpRequest) {
  const me = useMe();
  const { hasRole } = useAuth();
  const isRequester = request.requesterId === me.id;
  const triager = hasRole("tech", "admin");
  const helper = hasRole("helper");
  const holds = request.assigneeId === me.id;
  const canWork = triager || (helper && holds);
  const open = OPEN_STATUSES.includes(request.status);
  const moves = canWork
    ? TRANSITIONS[request.status]
    : isRequester
      ? TRANSITIONS[request.status].filter((status) => status === "closed") // reopening sits beside the feedback
      : [];
  const resolveKinds: ResolutionKind[] = canWork
    ? RESOLUTION_KINDS.filter((kind) => triager || kind !== "duplicate")
    : isRequester
      ? REQUESTER_KINDS
      : [];
  return {
    me,
    isRequester,
    triager,
    canWork,
    open,
    moves,
    resolveKinds,
    canResolve: open && resolveKinds.length > 0,
    canHandBack: open && helper && holds,
    /** Helpers and tech see the classifier's suggestion and its reasons. */
    seesClassifier: triager || helper,
  };
}
