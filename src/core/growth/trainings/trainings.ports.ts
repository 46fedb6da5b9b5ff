import type { Enrolment, EnrolmentStatus, TopicRequest, Training, TrainingStatus } from "./trainings.types.js";

export interface NewTraining {
  topicId: number;
  title: string;
  description: string;
  facilitatorId: number;
  campusId: number | null;
  startsAt: string;
  durationMinutes: number;
  place: string | null;
  videoUrl: string | null;
  capacity: number;
  materials: number[];
  createdBy: number;
  at: string;
}

export type TrainingChanges = Partial<Omit<NewTraining, "createdBy" | "at"> & { status: TrainingStatus }>;

export interface TrainingFilter {
  topicIds?: number[];
  /** Trainings starting at or after. */
  from?: string;
  /** Trainings starting before. */
  to?: string;
  /** Only those this person facilitates or holds a place on (enrolled or waiting). */
  personId?: number;
  includeCancelled: boolean;
  limit: number;
}

/** Trainings, their materials and enrolments. */
export interface TrainingsRepository {
  create(training: NewTraining): Promise<Training>;
  update(id: number, changes: TrainingChanges, at: string): Promise<Training>;
  /** The training, locked for the rest of the transaction where the engine can (enrolment counts). */
  findById(id: number, options?: { lock?: boolean }): Promise<Training | null>;
  list(filter: TrainingFilter): Promise<Training[]>;
  enrolments(trainingId: number): Promise<Enrolment[]>;
  enrolment(trainingId: number, personId: number): Promise<Enrolment | null>;
  /** Inserts or replaces a person's enrolment. */
  saveEnrolment(e: { trainingId: number; personId: number; status: EnrolmentStatus; position: number | null; at: string }): Promise<void>;
  /** Sets who attended (everyone else enrolled becomes not attended); keeps the first marking time. */
  setAttendance(trainingId: number, attendedIds: number[], at: string): Promise<void>;
  /** The places of the given person on trainings in `ids` (for the caller's view of a list). */
  enrolmentsOf(personId: number, trainingIds: number[]): Promise<Enrolment[]>;
}

/** Requests as the growth figures read them (drafts and merged duplicates are not asked twice). */
export interface TopicRequestSource {
  /** Requests on any of the topics created in `[from, to)`. */
  onTopics(topicIds: number[], from: string, to: string): Promise<TopicRequest[]>;
  /** Every request created in `[from, to)`. */
  between(from: string, to: string): Promise<TopicRequest[]>;
  findById(id: number): Promise<TopicRequest | null>;
}

/** Checks that materials point at articles that exist. */
export interface ArticleExistence {
  existing(ids: number[]): Promise<number[]>;
}
