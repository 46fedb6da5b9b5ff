import type { TopicNature } from "../../core/people/people.types.js";
import type { Mode, ResolutionKind, SelfReliance, Status, Urgency } from "../../core/requests/requests.types.js";

/**
 * One planned request with its whole story. People, topics, campuses, messages and requests are
 * referred to by index (into demoPeople(), flattenTopics(), the campuses, the plan's messages and
 * requests); the writer maps them to ids. Times are epoch milliseconds.
 */
export interface PlannedRequest {
  index: number;
  title: string;
  description: string;
  tried: string;
  requester: number;
  topic: number;
  requestedMode: Mode;
  mode: Mode;
  nature: TopicNature;
  status: Status;
  urgency: Urgency;
  campus: number;
  device: string | null;
  assignee: number | null;
  resolver: number | null;
  resolutionKind: ResolutionKind | null;
  selfReliance: SelfReliance | null;
  satisfaction: number | null;
  mergedInto: number | null;
  version: number;
  createdAt: number;
  updatedAt: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  closedAt: number | null;
  events: PlannedEvent[];
}

/** Data keys holding references the writer maps to ids. */
export const REF_KEYS = { person: ["assigneeId", "previousAssigneeId", "resolverId"], topic: ["topicId"], campus: ["campusId"], message: ["messageId"], request: ["intoId", "fromId"] } as const;

export interface PlannedEvent {
  type: string;
  actor: number | null;
  at: number;
  /** Global order of creation: ties on `at` keep the story's order. */
  seq: number;
  data: Record<string, unknown>;
}

export interface PlannedMessage {
  request: number;
  author: number;
  body: string;
  internal: boolean;
  at: number;
}

/** Shared across stories: the plan's messages and the event counter. */
export interface StoryLog {
  messages: PlannedMessage[];
  seq: number;
}

/**
 * Plays a request's lifecycle the way the use cases would (same events, same version bumps, same
 * columns), stopping for good at the first step later than `cap`, so every story is a valid prefix.
 */
export class Story {
  private cut = false;

  constructor(
    readonly r: PlannedRequest,
    private readonly log: StoryLog,
    private readonly cap: number,
    private readonly isTech: (person: number) => boolean,
  ) {
    this.event("request.created", r.requester, r.createdAt, { mode: r.mode, topicId: r.topic, nature: r.nature, suggestedMode: null, campusId: r.campus });
  }

  get stopped(): boolean {
    return this.cut;
  }

  private go(at: number): boolean {
    if (at > this.cap) this.cut = true;
    return !this.cut;
  }

  private event(type: string, actor: number | null, at: number, data: Record<string, unknown>, subject: PlannedRequest = this.r): void {
    subject.events.push({ type, actor, at, seq: this.log.seq++, data });
  }

  private bump(at: number): void {
    this.r.version++;
    this.r.updatedAt = at;
  }

  private setStatus(at: number, actor: number | null, to: Status, extra: Record<string, unknown> = {}): void {
    this.event("request.status_changed", actor, at, { from: this.r.status, to, ...extra });
    this.r.status = to;
  }

  correctMode(at: number, actor: number, to: Mode): void {
    if (!this.go(at) || to === this.r.mode) return;
    const from = this.r.mode;
    this.r.mode = to;
    this.bump(at);
    this.event("request.updated", actor, at, { fields: ["mode"] });
    this.event("request.mode_corrected", actor, at, { from, to });
  }

  assign(at: number, actor: number, assignee: number): void {
    if (!this.go(at)) return;
    this.event("request.assigned", actor, at, { assigneeId: assignee, previousAssigneeId: this.r.assignee });
    this.r.assignee = assignee;
    this.bump(at);
    if (this.r.status === "new") this.setStatus(at, actor, "triaged");
    else if (this.r.status === "reopened") this.setStatus(at, actor, "in_progress");
  }

  status(at: number, actor: number, to: Status): void {
    if (!this.go(at)) return;
    this.bump(at);
    if (to === "closed") this.r.closedAt = at;
    if (to === "reopened") Object.assign(this.r, { resolvedAt: null, resolutionKind: null, resolver: null });
    this.setStatus(at, actor, to);
  }

  message(at: number, author: number, body: string, internal = false): void {
    if (!this.go(at)) return;
    const messageId = this.log.messages.push({ request: this.r.index, author, body, internal, at }) - 1;
    this.event("request.message_added", author, at, { messageId, internal, mentions: [] });
    const isRequester = author === this.r.requester;
    const works = this.isTech(author) || author === this.r.assignee;
    if (!internal && !isRequester && works && this.r.firstResponseAt === null) {
      this.r.firstResponseAt = at;
      this.bump(at);
    }
    if (!internal && isRequester && this.r.status === "waiting") {
      this.bump(at);
      this.setStatus(at, author, "in_progress", { reason: "requester_replied" });
    }
  }

  resolve(at: number, actor: number, kind: ResolutionKind): void {
    if (!this.go(at)) return;
    const resolver = kind === "self_solved" || kind === "not_needed" ? null : (this.r.assignee ?? (actor === this.r.requester ? null : actor));
    Object.assign(this.r, { status: "resolved", resolutionKind: kind, resolvedAt: at, resolver });
    this.bump(at);
    this.event("request.resolved", actor, at, { kind, resolverId: resolver, mode: this.r.mode, nature: this.r.nature, topicId: this.r.topic });
  }

  feedback(at: number, selfReliance: SelfReliance, satisfaction: number): void {
    if (!this.go(at)) return;
    Object.assign(this.r, { selfReliance, satisfaction });
    this.bump(at);
    this.event("request.feedback", this.r.requester, at, { selfReliance, satisfaction });
  }

  /** Triage merges this (open) request into an earlier one, as mergeRequests does. */
  merge(at: number, actor: number, kept: PlannedRequest): void {
    if (!this.go(at)) return;
    Object.assign(this.r, { status: "resolved", resolutionKind: "duplicate", resolvedAt: at, mergedInto: kept.index, resolver: null });
    this.bump(at);
    this.log.messages.push({ request: kept.index, author: actor, body: `Request #{request:${this.r.index}} "${this.r.title}" was merged into this one.`, internal: true, at });
    this.event("request.merged", actor, at, { intoId: kept.index });
    this.event("request.resolved", actor, at, { kind: "duplicate", resolverId: null, mode: this.r.mode, nature: this.r.nature, topicId: this.r.topic });
    this.event("request.merged_from", actor, at, { fromId: this.r.index }, kept);
  }
}
