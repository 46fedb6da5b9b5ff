/** Shapes of the idea proposals API (`src/api/routes/growth/ideas.routes.ts`). */
import type { Training } from "./trainings.types";

export const IDEA_STATUSES = ["proposed", "supported", "in_progress", "shipped", "paused"] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/** The main line of the stepper; `paused` sits beside it. */
export const IDEA_STEPS = ["proposed", "supported", "in_progress", "shipped"] as const;

export const IDEA_SUPPORT = ["mentoring", "training", "resources", "approval"] as const;
export type IdeaSupport = (typeof IDEA_SUPPORT)[number];

export interface IdeaMentor {
  personId: number;
  name: string;
}

export interface Milestone {
  id: number;
  title: string;
  dueOn: string | null;
  done: boolean;
}

export interface Idea {
  id: number;
  ownerId: number;
  ownerName: string;
  title: string;
  pitch: string;
  goals: string;
  timeline: string;
  support: IdeaSupport[];
  topicIds: number[];
  status: IdeaStatus;
  version: number;
  mentors: IdeaMentor[];
  milestones: Milestone[];
  copiedFromId?: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface IdeaInput {
  title: string;
  pitch: string;
  goals: string;
  timeline: string;
  support: IdeaSupport[];
  topicIds: number[];
}

export interface IdeaFilters {
  status?: IdeaStatus;
  topicId?: number;
  owner?: "me";
  mentor?: "me";
}

export interface IdeaUpdate {
  id: number;
  kind: "comment" | "check_in";
  body: string;
  authorId: number;
  authorName: string;
  createdAt: string;
}

export interface IdeaSuggestions {
  mentors: { personId: number; name: string; reason?: string }[];
  articles: { articleId: number; title: string }[];
  trainings: Pick<Training, "id" | "title" | "startsAt">[];
}
