import { Type } from "@sinclair/typebox";
import { MODES, RESOLUTION_KINDS, SELF_RELIANCE, STATUSES, URGENCIES } from "../../core/requests/requests.types.js";
import { literals, NatureSchema } from "./people.schemas.js";

export const ModeSchema = literals(MODES);
export const StatusSchema = literals(STATUSES);
export const UrgencySchema = literals(URGENCIES);
export const ResolutionKindSchema = literals(RESOLUTION_KINDS);
export const SelfRelianceSchema = literals(SELF_RELIANCE);

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);

export const ModeSuggestionSchema = Type.Object({ mode: ModeSchema, confidence: Type.Number(), reasons: Type.Array(Type.String()) });

export const RequestSchema = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  description: Type.String(),
  tried: Type.String(),
  requesterId: Type.Integer(),
  requesterName: Type.String(),
  topicId: Type.Integer(),
  requestedMode: ModeSchema,
  mode: ModeSchema,
  suggestedMode: Nullable(ModeSuggestionSchema),
  nature: NatureSchema,
  status: StatusSchema,
  urgency: UrgencySchema,
  campusId: Nullable(Type.Integer()),
  device: Nullable(Type.String()),
  assigneeId: Nullable(Type.Integer()),
  assigneeName: Nullable(Type.String()),
  resolverId: Nullable(Type.Integer()),
  resolutionKind: Nullable(ResolutionKindSchema),
  selfReliance: Nullable(SelfRelianceSchema),
  satisfaction: Nullable(Type.Integer()),
  mergedIntoId: Nullable(Type.Integer()),
  /** Opened to the community feed. */
  community: Type.Boolean(),
  /** Hidden from every student. */
  staffOnly: Type.Boolean(),
  /** The helper group (student tech team) it is routed to. */
  groupId: Nullable(Type.Integer()),
  mentorId: Nullable(Type.Integer()),
  /** The community answer the requester accepted. */
  acceptedMessageId: Nullable(Type.Integer()),
  minutesSpent: Nullable(Type.Integer()),
  /** Send it back on changes: a stale one is refused with 409 VERSION_CONFLICT. */
  version: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  firstResponseAt: Nullable(Type.String()),
  resolvedAt: Nullable(Type.String()),
  closedAt: Nullable(Type.String()),
});

export const MessageSchema = Type.Object({
  id: Type.Integer(),
  requestId: Type.Integer(),
  authorId: Type.Integer(),
  authorName: Type.String(),
  body: Type.String(),
  internal: Type.Boolean(),
  mentions: Type.Array(Type.Integer()),
  createdAt: Type.String(),
});

export const AttachmentSchema = Type.Object({
  id: Type.Integer(),
  requestId: Type.Integer(),
  uploaderId: Type.Integer(),
  filename: Type.String(),
  contentType: Type.String(),
  size: Type.Integer(),
  createdAt: Type.String(),
});

export const TimelineEntrySchema = Type.Object({
  id: Type.Integer(),
  type: Type.String(),
  actorId: Nullable(Type.Integer()),
  actorName: Nullable(Type.String()),
  data: Type.Record(Type.String(), Type.Unknown()),
  at: Type.String(),
});

export const ConversationSchema = Type.Object({
  messages: Type.Array(MessageSchema),
  attachments: Type.Array(AttachmentSchema),
  timeline: Type.Array(TimelineEntrySchema),
  canSeeInternal: Type.Boolean(),
});

export const RequestQuery = Type.Object({
  status: Type.Optional(Type.Array(StatusSchema, { maxItems: 7 })),
  topicId: Type.Optional(Type.Integer({ minimum: 1 })),
  mode: Type.Optional(ModeSchema),
  nature: Type.Optional(NatureSchema),
  campusId: Type.Optional(Type.Integer({ minimum: 1 })),
  assignee: Type.Optional(Type.Union([Type.Literal("none"), Type.Literal("me"), Type.Integer({ minimum: 1 })])),
  requesterId: Type.Optional(Type.Integer({ minimum: 1 })),
  urgency: Type.Optional(UrgencySchema),
  community: Type.Optional(Type.Boolean()),
  groupId: Type.Optional(Type.Integer({ minimum: 1 })),
  q: Type.Optional(Type.String({ maxLength: 200 })),
  sort: Type.Optional(literals(["newest", "oldest", "updated", "urgency"] as const)),
  /** `mine` lists only the caller's own requests, whatever else they may see. */
  mine: Type.Optional(Type.Boolean()),
  cursor: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
});
