import { OPEN_STATUSES } from "../../core/requests/lifecycle.js";
import { mayHelp } from "./demo-cast.js";
import type { DemoHistory } from "./demo-requests.js";
import type { PlannedRequest } from "./demo-request-story.js";
import type { Prng } from "./prng.js";

/** Request indexes the community columns are set on; minutes are the team's time on its resolved requests. */
export interface PlannedRequestFlags {
  groupRequests: number[];
  minutesSpent: { request: number; minutes: number }[];
  staffOnly: number[];
  community: number[];
}

/** About how many requests go to the student tech team, and how many are community questions. */
export const TEAM_REQUESTS = 40;
export const COMMUNITY_QUESTIONS = 30;
const OPEN_COMMUNITY = 6;

/** Staff business students must not see: grade books, class lists from the SIS, students' locked accounts. */
const STAFF_ONLY: readonly [topic: string, title: RegExp][] = [
  ["Grading", /./],
  ["Class setup & rosters", /new students|students who left/i],
  ["Account unlocks", /^Student account locked/],
];

const isOpen = (r: PlannedRequest) => OPEN_STATUSES.includes(r.status);

/**
 * Which requests of the year are staff-only, routed to the student tech team, or community questions.
 * The team's requests are the ones its students already hold or resolved (so assignees, resolvers and
 * events stay as the history wrote them), students' first, plus open unassigned ones the team may take.
 */
export function planRequestFlags(history: DemoHistory, team: readonly number[], prng: Prng): PlannedRequestFlags {
  const { requests, people, topics, cast } = history;
  const topicName = (r: PlannedRequest) => topics[r.topic]!.name;
  const isStudent = (person: number) => people[person]!.kind === "student";

  const staffOnly = requests
    .filter((r) => !isStudent(r.requester) && people[r.requester]!.kind !== "other" && STAFF_ONLY.some(([topic, title]) => topicName(r) === topic && title.test(r.title)))
    .map((r) => r.index);
  const hidden = new Set(staffOnly);

  const members = new Set(team);
  const studentHelper = cast.helpers.find((h) => h.student)!;
  const held = requests.filter((r) => !hidden.has(r.index) && ((r.resolver !== null && members.has(r.resolver)) || (isOpen(r) && r.assignee !== null && members.has(r.assignee))));
  const waiting = requests.filter((r) => !hidden.has(r.index) && isOpen(r) && r.assignee === null && mayHelp(studentHelper, topicName(r), isStudent(r.requester)));
  // Open ones first (the team's queue), then students' requests, then the latest.
  const ordered = [...held].sort((a, b) => Number(isOpen(b)) - Number(isOpen(a)) || Number(isStudent(b.requester)) - Number(isStudent(a.requester)) || b.createdAt - a.createdAt);
  const groupRequests = [...ordered.slice(0, TEAM_REQUESTS - waiting.length), ...waiting].map((r) => r.index).sort((a, b) => a - b);
  const inGroup = new Set(groupRequests);
  const minutesSpent = groupRequests.filter((i) => requests[i]!.resolvedAt !== null).map((request) => ({ request, minutes: 5 + prng.int(56) }));

  // Community questions: a few open ones, the rest guided by a community helper in the last half year.
  const tech = new Set(cast.helpers.filter((h) => h.tech).map((h) => h.person));
  const free = (r: PlannedRequest) => !hidden.has(r.index) && !inGroup.has(r.index) && r.nature === "learnable" && r.mode !== "do" && r.mergedInto === null;
  const open = requests.filter((r) => free(r) && isOpen(r)).slice(-OPEN_COMMUNITY);
  const halfYear = history.to - (history.to - history.from) / 2;
  const answered = requests.filter((r) => free(r) && r.resolutionKind === "guided" && r.resolver !== null && !tech.has(r.resolver) && r.createdAt >= halfYear && !isOpen(r));
  const picked: number[] = [];
  while (picked.length < COMMUNITY_QUESTIONS - open.length && answered.length > 0) picked.push(answered.splice(prng.int(answered.length), 1)[0]!.index);
  const community = [...open.map((r) => r.index), ...picked].sort((a, b) => a - b);
  return { groupRequests, minutesSpent, staffOnly, community };
}
