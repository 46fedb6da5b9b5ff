import type { TopicNature } from "../people/people.types.js";

/** What the requester asks for: support (`guide`, `idea`) or service (`do`). */
export const MODES = ["guide", "idea", "do"] as const;
export type Mode = (typeof MODES)[number];

export const STATUSES = ["new", "triaged", "in_progress", "waiting", "resolved", "closed", "reopened"] as const;
export type Status = (typeof STATUSES)[number];

export const URGENCIES = ["low", "normal", "high", "urgent"] as const;
export type Urgency = (typeof URGENCIES)[number];

export const RESOLUTION_KINDS = ["self_solved", "guided", "done_for", "specialist_fix", "duplicate", "not_needed"] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

/** The requester's answer to "Could you do this yourself next time?". */
export const SELF_RELIANCE = ["yes", "partly", "no"] as const;
export type SelfReliance = (typeof SELF_RELIANCE)[number];

export interface ModeSuggestion {
  mode: Mode;
  confidence: number;
  reasons: string[];
}

export interface HelpRequest {
  id: number;
  title: string;
  description: string;
  tried: string;
  requesterId: number;
  topicId: number;
  /** The mode the requester picked. */
  requestedMode: Mode;
  /** The final mode, after any triage correction; insights read this one. */
  mode: Mode;
  suggestedMode: ModeSuggestion | null;
  nature: TopicNature;
  status: Status;
  urgency: Urgency;
  campusId: number | null;
  device: string | null;
  assigneeId: number | null;
  /** Who is credited with the resolution (the helper who held it); null when no helper did. */
  resolverId: number | null;
  resolutionKind: ResolutionKind | null;
  selfReliance: SelfReliance | null;
  /** 1 (poor) to 5 (excellent). */
  satisfaction: number | null;
  mergedIntoId: number | null;
  /** Opened to the community feed: people with the skill (or everyone, per topic) may answer. */
  community: boolean;
  /** Staff-only: never shown to students, not even on the student tech team. */
  staffOnly: boolean;
  /** The helper group (e.g. the student tech team) it is routed to. */
  groupId: number | null;
  /** A mentor paired with a learning helper; sees and works it like the assignee. */
  mentorId: number | null;
  /** The community answer the requester accepted (which resolved it as `guided`). */
  acceptedMessageId: number | null;
  /** Time the helper spent, reported at resolution (feeds the student tech team's portfolio). */
  minutesSpent: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
}

export interface Message {
  id: number;
  requestId: number;
  authorId: number;
  body: string;
  /** Internal notes are for helpers and tech; never shown to the requester. */
  internal: boolean;
  mentions: number[];
  createdAt: string;
}

export interface AttachmentMeta {
  id: number;
  requestId: number;
  uploaderId: number;
  filename: string;
  contentType: string;
  size: number;
  createdAt: string;
}

/** One entry of a request's timeline: an event with its actor. */
export interface TimelineEntry {
  id: number;
  type: string;
  actorId: number | null;
  data: Record<string, unknown>;
  at: string;
}
