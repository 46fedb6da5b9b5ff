import type { Page } from "../people/people.types.js";
import type { AccessFacts, RequestScope } from "./access.js";
import type { AttachmentMeta, HelpRequest, Message, Mode, ModeSuggestion, ResolutionKind, SelfReliance, Status, TimelineEntry, Urgency } from "./requests.types.js";
import type { TopicNature } from "../people/people.types.js";

export interface NewRequest {
  title: string;
  description: string;
  tried: string;
  requesterId: number;
  topicId: number;
  requestedMode: Mode;
  suggestedMode: ModeSuggestion | null;
  nature: TopicNature;
  urgency: Urgency;
  campusId: number | null;
  device: string | null;
  community?: boolean;
  staffOnly?: boolean;
  createdAt: string;
}

export interface RequestChanges {
  title?: string;
  description?: string;
  tried?: string;
  topicId?: number;
  mode?: Mode;
  nature?: TopicNature;
  status?: Status;
  urgency?: Urgency;
  campusId?: number | null;
  device?: string | null;
  assigneeId?: number | null;
  resolverId?: number | null;
  resolutionKind?: ResolutionKind | null;
  selfReliance?: SelfReliance | null;
  satisfaction?: number | null;
  mergedIntoId?: number | null;
  community?: boolean;
  staffOnly?: boolean;
  groupId?: number | null;
  mentorId?: number | null;
  acceptedMessageId?: number | null;
  minutesSpent?: number | null;
  firstResponseAt?: string;
  resolvedAt?: string | null;
  closedAt?: string | null;
}

export const REQUEST_SORTS = ["newest", "oldest", "updated", "urgency"] as const;
export type RequestSort = (typeof REQUEST_SORTS)[number];

export interface RequestFilter {
  status?: Status[];
  topicId?: number;
  mode?: Mode;
  nature?: TopicNature;
  campusId?: number;
  /** A person's id, or "none" for unassigned. */
  assignee?: number | "none";
  requesterId?: number;
  urgency?: Urgency;
  /** Only community questions (true) or only the rest (false). */
  community?: boolean;
  groupId?: number;
  q?: string;
  sort?: RequestSort;
  cursor?: string;
  limit: number;
}

export interface RequestsRepository {
  create(request: NewRequest): Promise<HelpRequest>;
  findById(id: number): Promise<HelpRequest | null>;
  /** The requests among these ids that exist, in no particular order. */
  findByIds(ids: readonly number[]): Promise<HelpRequest[]>;
  /**
   * Applies changes and bumps the version. With `expectedVersion`, a stale version answers
   * VERSION_CONFLICT and changes nothing (optimistic concurrency).
   */
  update(id: number, expectedVersion: number | null, changes: RequestChanges, now: string): Promise<HelpRequest>;
  list(filter: RequestFilter, scope: RequestScope): Promise<Page<HelpRequest>>;
  /** What access rules need about a person: their community topics and helper groups (see access.ts). */
  accessFacts(personId: number): Promise<AccessFacts>;
  /** Open requests currently held by a person (for load and caps). */
  countOpenAssigned(personId: number): Promise<number>;
  /** The newest requests' words with their (triaged) topic, for the topic suggester to learn from. */
  topicTrainingTexts(limit: number): Promise<{ text: string; topicId: number }[]>;
}

export interface MessagesRepository {
  add(message: Omit<Message, "id">): Promise<Message>;
  listFor(requestId: number, options: { includeInternal: boolean }): Promise<Message[]>;
  findById(id: number): Promise<Message | null>;
}

export interface NewAttachment {
  requestId: number;
  uploaderId: number;
  filename: string;
  contentType: string;
  data: Uint8Array;
  createdAt: string;
}

export interface AttachmentsRepository {
  add(attachment: NewAttachment): Promise<AttachmentMeta>;
  listFor(requestId: number): Promise<AttachmentMeta[]>;
  get(id: number): Promise<(AttachmentMeta & { data: Uint8Array }) | null>;
}

export interface TimelineRepository {
  forRequest(requestId: number): Promise<TimelineEntry[]>;
}

/** Labelled examples the mode classifier learns from: the shipped starter set plus triage corrections. */
export interface ModeExamplesRepository {
  add(example: { text: string; mode: Mode; source: "starter" | "correction"; requestId: number | null; createdAt: string }): Promise<void>;
  all(): Promise<{ text: string; mode: Mode }[]>;
  /** Changes whenever examples are added, so a cached model knows when to retrain. */
  revision(): Promise<string>;
}
