import type { Page } from "../../people/people.types.js";
import type { Idea, IdeaStatus, IdeaSupport, IdeaUpdate, IdeaUpdateKind, Milestone, SuggestedTraining } from "./ideas.types.js";

export interface NewIdea {
  ownerId: number;
  title: string;
  pitch: string;
  goals: string;
  timeline: string;
  support: IdeaSupport[];
  topicIds: number[];
  requestId: number | null;
  copiedFromId: number | null;
  campusId: number | null;
}

export interface IdeaChanges {
  title?: string;
  pitch?: string;
  goals?: string;
  timeline?: string;
  support?: IdeaSupport[];
  topicIds?: number[];
  status?: IdeaStatus;
  pausedFrom?: IdeaStatus | null;
  shippedAt?: string | null;
}

/** Which ideas a person may list: everything, or everything except other people's students' ideas. */
export type IdeaScope = { kind: "all" } | { kind: "member"; personId: number };

export interface IdeaFilter {
  status?: IdeaStatus;
  topicId?: number;
  ownerId?: number;
  mentorId?: number;
  cursor?: string;
  limit: number;
}

export interface IdeasRepository {
  create(idea: NewIdea, at: string): Promise<Idea>;
  findById(id: number): Promise<Idea | null>;
  /** The idea a request grew into, if any. */
  findByRequest(requestId: number): Promise<Idea | null>;
  /** Newest first, keyset-paged. */
  list(filter: IdeaFilter, scope: IdeaScope): Promise<Page<Idea>>;
  /** Applies changes and bumps the version; a stale `expectedVersion` answers VERSION_CONFLICT. */
  update(id: number, expectedVersion: number | null, changes: IdeaChanges, at: string): Promise<Idea>;
  /** False when the person already mentors it. */
  addMentor(ideaId: number, personId: number, at: string): Promise<boolean>;
  removeMentor(ideaId: number, personId: number): Promise<boolean>;
  addMilestone(ideaId: number, milestone: { title: string; dueOn: string | null }): Promise<Milestone>;
  updateMilestone(ideaId: number, milestoneId: number, changes: { title?: string; dueOn?: string | null; doneAt?: string | null }): Promise<Milestone | null>;
  addUpdate(update: { ideaId: number; authorId: number; kind: IdeaUpdateKind; body: string; at: string }): Promise<IdeaUpdate>;
  /** Oldest first. */
  updates(ideaId: number): Promise<IdeaUpdate[]>;
}

/**
 * Upcoming trainings on some topics. Trainings are their own feature; this port is all ideas need
 * of them, and answers [] where trainings are not installed.
 */
export interface TrainingsFinder {
  upcoming(query: { topicIds: number[]; from: string; limit: number }): Promise<SuggestedTraining[]>;
}
