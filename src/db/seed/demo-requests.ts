import type { Status } from "../../core/requests/requests.types.js";
import { creationTimes, schoolMoment } from "./demo-calendar.js";
import { type DemoCast, demoCast, weightedIndex } from "./demo-cast.js";
import { type DemoPerson, demoPeople } from "./demo-people.js";
import { composeRequest, reply } from "./demo-request-compose.js";
import * as pick from "./demo-request-picks.js";
import { type PlannedMessage, type PlannedRequest, Story, type StoryLog } from "./demo-request-story.js";
import { REPLIES } from "./demo-request-texts.js";
import { type FlatTopic, flattenTopics } from "./demo-topics.js";
import { Prng } from "./prng.js";

/** A year of the demo school's requests, planned in memory (pure: the same `now` gives the same year). */
export interface DemoHistory {
  requests: PlannedRequest[];
  messages: PlannedMessage[];
  /** The year covered, [from, to) in epoch ms; `to` is a little over a day before now. */
  from: number;
  to: number;
  people: DemoPerson[];
  topics: FlatTopic[];
  cast: DemoCast;
}

export const DEMO_REQUEST_COUNT = 1800;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Open requests of the last two weeks go through these in turn, so the queue shows every open status. */
const OPEN_STAGES: readonly Status[] = ["new", "in_progress", "triaged", "waiting", "reopened", "new", "in_progress", "waiting", "triaged"];

export function planDemoHistory(now: Date, options: { count?: number; seed?: number; timeZone?: string } = {}): DemoHistory {
  const people = demoPeople();
  const topics = flattenTopics();
  const cast = demoCast(people, topics);
  const prng = new Prng(options.seed ?? 20260904);
  const timeZone = options.timeZone ?? "Europe/Lisbon";
  // Everything happens over a day ago: the notification dispatcher skips events that old, so the
  // seeded past sends no mail.
  const to = now.getTime() - 26 * HOUR;
  const from = now.getTime() - 365 * DAY;
  const log: StoryLog = { messages: [], seq: 0 };
  const tech = new Set(cast.helpers.filter((h) => h.tech).map((h) => h.person));
  const helperAccount = cast.byEmail.get("helper@riverside.example")!;
  const requests: PlannedRequest[] = [];
  let openTurn = 0;

  for (const createdAt of creationTimes(prng, from, to - 2 * HOUR, options.count ?? DEMO_REQUEST_COUNT, timeZone)) {
    const p = (createdAt - from) / (to - from);
    const requester = weightedIndex(prng, cast.requesterWeights);
    const student = people[requester]!.kind === "student";
    const moment = schoolMoment(new Date(createdAt), timeZone);
    const topic = pick.pickTopic(prng, topics, cast.favourites[requester]!, student, moment.termStart);
    const mode = pick.pickMode(prng, topic, student, p);
    const requestedMode = prng.next() < 0.08 ? pick.misreadMode(prng, mode) : mode;
    const text = composeRequest(prng, topic.name, mode, student);
    const age = (to - createdAt) / DAY;
    const stage = (age < 4 ? prng.next() < 0.7 : age < 14 && prng.next() < 0.3) ? OPEN_STAGES[openTurn++ % OPEN_STAGES.length]! : null;
    let assignee = pick.pickAssignee(prng, cast, topic, requester, student, p, moment.holiday);
    const helperMay = cast.helpers.some((h) => h.person === helperAccount && h.topics.has(topic.name));
    if (stage && stage !== "new" && helperMay && requester !== helperAccount && prng.next() < 0.5) assignee = helperAccount;
    const r: PlannedRequest = {
      index: requests.length,
      ...text,
      requester,
      topic: topic.index,
      requestedMode,
      mode: requestedMode,
      nature: topic.nature,
      status: "new",
      urgency: pick.pickUrgency(prng, mode),
      campus: people[requester]!.campus,
      device: deviceIn(`${text.title} ${text.description}`, topic),
      assignee: null,
      resolver: null,
      resolutionKind: null,
      selfReliance: null,
      satisfaction: null,
      mergedInto: null,
      version: 1,
      createdAt,
      updatedAt: createdAt,
      firstResponseAt: null,
      resolvedAt: null,
      closedAt: null,
      events: [],
    };
    requests.push(r);
    const story = new Story(r, log, to, (person) => tech.has(person));
    play(story, { prng, cast, p, stage, assignee, finalMode: mode, kind: pick.pickKind(prng, mode, topic, p), earlier: requests });
  }
  return { requests, messages: log.messages, from, to, people, topics, cast };
}

interface Script {
  prng: Prng;
  cast: DemoCast;
  p: number;
  /** The open status a recent request stops in; null lets the story run to its end (or to `to`). */
  stage: Status | null;
  assignee: number;
  finalMode: PlannedRequest["mode"];
  kind: NonNullable<PlannedRequest["resolutionKind"]>;
  earlier: readonly PlannedRequest[];
}

/** A request's life: triage, work, conversation, resolution, feedback, closing. */
function play(s: Story, { prng, cast, p, stage, assignee, finalMode, kind, earlier }: Script): void {
  const { r } = s;
  let t = r.createdAt;
  const pace = stage ? 0.2 : 1;
  const later = (a: number, b: number) => (t += Math.round(pace * pick.minutes(prng, a, b)));
  const triager = pick.pickTriager(prng, cast, r.requester);
  const requesterSays = (kind: "selfSolved" | "notNeeded") => s.message(later(20, 1500), r.requester, reply(prng, REPLIES[kind]));
  const close = () => {
    later(5 * 24 * 60, 10 * 24 * 60);
    s.status(t, prng.next() < 0.4 || r.assignee === null ? r.requester : r.assignee, "closed");
  };
  if (stage === "new") return;

  if (kind === "duplicate") {
    const kept = [...earlier].reverse().find((k) => k !== r && k.topic === r.topic && k.mergedInto === null && r.createdAt - k.createdAt < 3 * DAY && (k.closedAt ?? Infinity) > t + DAY);
    if (kept) {
      s.merge(later(10, 240), triager, kept);
      later(5 * 24 * 60, 10 * 24 * 60);
      s.status(t, triager, "closed");
      return;
    }
    kind = "not_needed";
  }
  const bySelf = kind === "self_solved" || kind === "not_needed";
  if (bySelf && prng.next() < 0.5) {
    requesterSays(kind === "self_solved" ? "selfSolved" : "notNeeded");
    s.resolve(t, r.requester, kind);
    close();
    return;
  }
  later(10, 360);
  if (finalMode !== r.mode) s.correctMode(t, triager, finalMode);
  const takesIt = assignee === triager || prng.next() < 0.5;
  s.assign((t += 60_000), takesIt ? assignee : triager, assignee);
  if (stage === "triaged") return;
  if (bySelf) {
    requesterSays(kind === "self_solved" ? "selfSolved" : "notNeeded");
    s.resolve(t, r.requester, kind);
    if (kind === "self_solved" && prng.next() < 0.6) s.feedback(later(10, 600), pick.pickSelfReliance(prng, kind, p), pick.pickSatisfaction(prng));
    close();
    return;
  }

  s.status(later(5, 1200), assignee, "in_progress");
  const asks = stage === "waiting" || prng.next() < 0.18;
  const support = r.mode !== "do";
  const first = asks ? (support ? REPLIES.waitingGuide : REPLIES.waiting) : r.mode === "guide" ? REPLIES.firstGuide : r.mode === "idea" ? REPLIES.firstIdea : r.nature === "specialist" ? REPLIES.firstSpecialist : REPLIES.firstDo;
  s.message(later(2, 120), assignee, reply(prng, first));
  if (asks) s.status(t, assignee, "waiting");
  if (stage === "waiting" || stage === "in_progress") return;
  if (asks || prng.next() < 0.45) s.message(later(20, 1500), r.requester, reply(prng, support ? REPLIES.requesterReplyGuide : REPLIES.requesterReply));

  const finish = () => {
    if (prng.next() < 0.6) s.message(later(20, kind === "specialist_fix" ? 4000 : 1500), assignee, reply(prng, kind === "guided" ? REPLIES.finalGuide : REPLIES.finalDo));
    s.resolve(later(2, 600), assignee, kind);
  };
  finish();
  if (stage !== "reopened" && prng.next() < 0.6) s.feedback(later(30, 2500), pick.pickSelfReliance(prng, kind, p), pick.pickSatisfaction(prng));
  if (stage === "reopened" || prng.next() < 0.015) {
    s.message(later(60, 3000), r.requester, reply(prng, REPLIES.reopen));
    s.status(t, r.requester, "reopened");
    if (stage === "reopened") return;
    s.status(later(10, 600), assignee, "in_progress");
    finish();
  }
  close();
}

/** The device a request names: a Chromebook's asset tag, or the projector of the room it mentions. */
function deviceIn(text: string, topic: FlatTopic): string | null {
  const tag = /CB-\d{4}/.exec(text);
  if (tag) return tag[0];
  const room = /room (\d+)/.exec(text);
  return room && topic.group === "Projectors & displays" ? `PRJ-${room[1]!.padStart(3, "0")}` : null;
}
