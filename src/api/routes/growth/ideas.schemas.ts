import { Type } from "@sinclair/typebox";
import { progressOf } from "../../../core/growth/ideas/idea-milestones.js";
import { IDEA_STATUSES, IDEA_SUPPORT, IDEA_UPDATE_KINDS, type Idea } from "../../../core/growth/ideas/ideas.types.js";
import { IdParams } from "../../schemas/common.js";
import { literals } from "../../schemas/people.schemas.js";

export const IdeaStatusSchema = literals(IDEA_STATUSES);
const SupportSchema = literals(IDEA_SUPPORT);
export const UpdateKindSchema = literals(IDEA_UPDATE_KINDS);
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
export const DateOnly = Type.String({ pattern: "^\\d{4}-\\d{2}-\\d{2}$", description: "YYYY-MM-DD" });

export const MilestoneSchema = Type.Object({
  id: Type.Integer(),
  ideaId: Type.Integer(),
  title: Type.String(),
  dueOn: Nullable(Type.String()),
  done: Type.Boolean(),
  doneAt: Nullable(Type.String()),
  position: Type.Integer(),
});

export const IdeaSchema = Type.Object({
  id: Type.Integer(),
  ownerId: Type.Integer(),
  ownerName: Type.String(),
  title: Type.String(),
  pitch: Type.String(),
  goals: Type.String(),
  timeline: Type.String(),
  support: Type.Array(SupportSchema),
  topicIds: Type.Array(Type.Integer()),
  status: IdeaStatusSchema,
  pausedFrom: Nullable(IdeaStatusSchema),
  requestId: Nullable(Type.Integer()),
  copiedFromId: Nullable(Type.Integer()),
  campusId: Nullable(Type.Integer()),
  mentors: Type.Array(Type.Object({ personId: Type.Integer(), name: Type.String(), addedAt: Type.String() })),
  milestones: Type.Array(MilestoneSchema),
  /** Share of milestones done, 0..1. */
  progress: Type.Number(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  shippedAt: Nullable(Type.String()),
  version: Type.Integer(),
});

export const IdeaUpdateSchema = Type.Object({
  id: Type.Integer(),
  ideaId: Type.Integer(),
  authorId: Type.Integer(),
  authorName: Type.String(),
  kind: UpdateKindSchema,
  body: Type.String(),
  createdAt: Type.String(),
});

export const SuggestionsSchema = Type.Object({
  mentors: Type.Array(Type.Object({ personId: Type.Integer(), name: Type.String(), score: Type.Number(), reason: Type.String(), reasons: Type.Array(Type.String()) })),
  articles: Type.Array(Type.Object({ articleId: Type.Integer(), title: Type.String(), snippet: Type.String() })),
  trainings: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String(), topicId: Type.Integer(), startsAt: Type.String() })),
});

/** The editable parts of a proposal (all optional: PATCH sends some, POST requires title and pitch). */
export const IdeaFields = {
  title: Type.String({ minLength: 1, maxLength: 200 }),
  pitch: Type.String({ minLength: 1, maxLength: 5000 }),
  goals: Type.Optional(Type.String({ maxLength: 5000 })),
  timeline: Type.Optional(Type.String({ maxLength: 2000 })),
  support: Type.Optional(Type.Array(SupportSchema, { maxItems: 4, uniqueItems: true })),
  topicIds: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 10 })),
};

export const MentorParams = Type.Object({ id: IdParams.properties.id, personId: IdParams.properties.id });
export const MilestoneParams = Type.Object({ id: IdParams.properties.id, mid: IdParams.properties.id });

/** An idea as the API answers it: the domain object plus its progress. */
export const presentIdea = (idea: Idea) => ({ ...idea, progress: progressOf(idea.milestones) });
