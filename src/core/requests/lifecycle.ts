import { AppError } from "../shared/errors.js";
import type { Status } from "./requests.types.js";

/**
 * DESIGN.md's lifecycle: new → triaged → in_progress ⇄ waiting → resolved → closed;
 * resolved → reopened → in_progress. A request can be resolved from any open state
 * (a duplicate is resolved straight from `new`).
 */
const TRANSITIONS: Record<Status, readonly Status[]> = {
  new: ["triaged", "in_progress", "resolved"],
  triaged: ["in_progress", "waiting", "resolved"],
  in_progress: ["waiting", "resolved"],
  waiting: ["in_progress", "resolved"],
  resolved: ["closed", "reopened"],
  reopened: ["in_progress", "waiting", "resolved"],
  closed: [],
};

export const OPEN_STATUSES: readonly Status[] = ["new", "triaged", "in_progress", "waiting", "reopened"];

export function canTransition(from: Status, to: Status): boolean {
  return TRANSITIONS[from].includes(to);
}

/** Throws INVALID_TRANSITION with the allowed next states in the message. */
export function assertTransition(from: Status, to: Status): void {
  if (!canTransition(from, to)) {
    const allowed = TRANSITIONS[from];
    throw new AppError(
      "INVALID_TRANSITION",
      from === to
        ? `The request is already ${from.replace("_", " ")}.`
        : allowed.length
          ? `A ${from.replace("_", " ")} request can move to ${allowed.join(", ")}, not ${to}.`
          : `A ${from} request can no longer change.`,
    );
  }
}

/** Assigning a `new` request triages it; assigning a reopened one puts it back in progress. */
export function statusAfterAssign(current: Status): Status {
  if (current === "new") return "triaged";
  if (current === "reopened") return "in_progress";
  return current;
}

export const isOpen = (status: Status) => OPEN_STATUSES.includes(status);
