/** Where an idea proposal stands (DESIGN.md "Growth"): `proposed → supported → in_progress → shipped`, or `paused`. */
export const IDEA_STATUSES = ["proposed", "supported", "in_progress", "shipped", "paused"] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/** What the owner asks the school for. */
export const IDEA_SUPPORT = ["mentoring", "training", "resources", "approval"] as const;
export type IdeaSupport = (typeof IDEA_SUPPORT)[number];

export const IDEA_UPDATE_KINDS = ["comment", "check_in"] as const;
export type IdeaUpdateKind = (typeof IDEA_UPDATE_KINDS)[number];

/** A person credited as mentor on an idea. */
export interface IdeaMentor {
  personId: number;
  name: string;
  addedAt: string;
}

export interface Milestone {
  id: number;
  ideaId: number;
  title: string;
  /** A date (YYYY-MM-DD), or null when open-ended. */
  dueOn: string | null;
  done: boolean;
  doneAt: string | null;
  position: number;
}

/** An idea proposal: the owner does the work; mentors help and are credited. */
export interface Idea {
  id: number;
  ownerId: number;
  ownerName: string;
  /** The owner's kind: a student's idea is seen by staff, the student and its mentors only. */
  ownerKind: string;
  title: string;
  pitch: string;
  goals: string;
  timeline: string;
  support: IdeaSupport[];
  topicIds: number[];
  status: IdeaStatus;
  /** What it was paused from; null unless paused. */
  pausedFrom: IdeaStatus | null;
  /** The `idea` request it grew from; its timeline keeps the history. */
  requestId: number | null;
  /** The shipped idea it was copied from (the gallery's "start from this"). */
  copiedFromId: number | null;
  campusId: number | null;
  mentors: IdeaMentor[];
  milestones: Milestone[];
  createdAt: string;
  updatedAt: string;
  shippedAt: string | null;
  version: number;
}

/** A check-in by the owner or a comment by the owner or a mentor. */
export interface IdeaUpdate {
  id: number;
  ideaId: number;
  authorId: number;
  authorName: string;
  kind: IdeaUpdateKind;
  body: string;
  createdAt: string;
}

/** What a proposal is made of, when proposed, copied or grown from a request. */
export interface IdeaInput {
  title: string;
  pitch: string;
  goals?: string;
  timeline?: string;
  support?: IdeaSupport[];
  topicIds?: number[];
}

/** An upcoming training on one of the idea's topics. */
export interface SuggestedTraining {
  id: number;
  title: string;
  topicId: number;
  startsAt: string;
}

/** What Scaffold suggests for an idea: mentors by skill (with reasons), articles, trainings. */
export interface IdeaSuggestions {
  mentors: { personId: number; name: string; score: number; reason: string; reasons: string[] }[];
  articles: { articleId: number; title: string; snippet: string }[];
  trainings: SuggestedTraining[];
}
