import type { TopicNature } from "../../app/api-types";

/** Shapes of the requests API (`src/api/schemas/requests.schemas.ts`). */

export const MODES = ["guide", "idea", "do"] as const;
export type Mode = (typeof MODES)[number];

export const STATUSES = ["new", "triaged", "in_progress", "waiting", "resolved", "closed", "reopened"] as const;
export type Status = (typeof STATUSES)[number];

/** Statuses of requests that still need someone. */
export const OPEN_STATUSES: Status[] = ["new", "triaged", "in_progress", "waiting", "reopened"];

export const URGENCIES = ["low", "normal", "high", "urgent"] as const;
export type Urgency = (typeof URGENCIES)[number];

export const RESOLUTION_KINDS = ["self_solved", "guided", "done_for", "specialist_fix", "duplicate", "not_needed"] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

export const SELF_RELIANCE = ["yes", "partly", "no"] as const;
export type SelfReliance = (typeof SELF_RELIANCE)[number];

export const SORTS = ["newest", "oldest", "updated", "urgency"] as const;
export type Sort = (typeof SORTS)[number];

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
  requesterName: string;
  topicId: number;
  requestedMode: Mode;
  mode: Mode;
  suggestedMode: ModeSuggestion | null;
  nature: TopicNature;
  status: Status;
  urgency: Urgency;
  campusId: number | null;
  device: string | null;
  assigneeId: number | null;
  assigneeName: string | null;
  resolverId: number | null;
  resolutionKind: ResolutionKind | null;
  selfReliance: SelfReliance | null;
  satisfaction: number | null;
  mergedIntoId: number | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  /** Also asked of the community (shown in the Community feed). */
  community?: boolean;
  /** Hidden from students. */
  staffOnly?: boolean;
  groupId?: number | null;
  /** The public answer the requester accepted, for a community question. */
  acceptedMessageId?: number | null;
}

export interface Message {
  id: number;
  requestId: number;
  authorId: number;
  authorName: string;
  body: string;
  internal: boolean;
  mentions: number[];
  createdAt: string;
}

export interface Attachment {
  id: number;
  requestId: number;
  uploaderId: number;
  filename: string;
  contentType: string;
  size: number;
  createdAt: string;
}

export interface TimelineEntry {
  id: number;
  type: string;
  actorId: number | null;
  actorName: string | null;
  data: Record<string, unknown>;
  at: string;
}

export interface Conversation {
  messages: Message[];
  attachments: Attachment[];
  timeline: TimelineEntry[];
  canSeeInternal: boolean;
}

/** `POST /classify`: the proposed mode, why, and a likely topic. */
export interface Classification extends ModeSuggestion {
  topic: { id: number; name: string } | null;
}

/** A saved queue view: its filters are the queue's URL query. */
export interface SavedView {
  id: number;
  name: string;
  filters: Record<string, string>;
  createdAt: string;
}

/** One outcome of a bulk change. */
export interface BulkOutcome {
  id: number;
  ok: boolean;
  error?: { code: string; message: string };
}
