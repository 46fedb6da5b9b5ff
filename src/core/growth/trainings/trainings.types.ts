/** Whether a training still takes place. */
export const TRAINING_STATUSES = ["scheduled", "cancelled"] as const;
export type TrainingStatus = (typeof TRAINING_STATUSES)[number];

/** A person's place on a training: a seat, a place on the wait list, or given up. */
export const ENROLMENT_STATUSES = ["enrolled", "waiting", "cancelled"] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** Days before and after a training that its effect and "repeat asker" figures look at. */
export const WINDOW_DAYS = 90;
export const DAY_MS = 86_400_000;

/** A workshop or drop-in on one topic (DESIGN.md "Growth"). */
export interface Training {
  id: number;
  topicId: number;
  title: string;
  description: string;
  facilitatorId: number;
  facilitatorName: string;
  campusId: number | null;
  startsAt: string;
  durationMinutes: number;
  endsAt: string;
  place: string | null;
  videoUrl: string | null;
  capacity: number;
  status: TrainingStatus;
  /** Knowledge-base articles to read before or after. */
  materials: number[];
  enrolled: number;
  waiting: number;
  createdBy: number;
  createdAt: string;
  updatedAt: string;
}

export interface Enrolment {
  trainingId: number;
  personId: number;
  name: string;
  status: EnrolmentStatus;
  /** Place on the wait list, 1 first; null unless waiting. */
  position: number | null;
  attended: boolean;
  attendanceMarkedAt: string | null;
  createdAt: string;
}

/** A training with the caller's own place on it, if any. */
export interface TrainingView extends Training {
  myEnrolment: { status: EnrolmentStatus; position: number | null; attended: boolean } | null;
}

/** One request as the growth figures need it. */
export interface TopicRequest {
  id: number;
  requesterId: number;
  topicId: number;
  title: string;
  createdAt: string;
}
