/** Shapes of the trainings API (`src/api/routes/growth/trainings.routes.ts`). */

export type EnrolmentStatus = "enrolled" | "waiting" | "cancelled";

export interface TrainingMaterial {
  articleId: number;
  title: string;
}

export interface MyEnrolment {
  status: EnrolmentStatus;
  position: number | null;
  attended: boolean;
}

export interface Training {
  id: number;
  topicId: number;
  title: string;
  description: string;
  facilitatorId: number;
  facilitatorName?: string;
  startsAt: string;
  endsAt?: string;
  durationMinutes: number;
  place: string | null;
  videoUrl: string | null;
  capacity: number;
  enrolled: number;
  waiting: number;
  /** Derived from `myEnrolment` by the API client: my live place, if any. */
  myStatus: "enrolled" | "waiting" | null;
  myEnrolment?: MyEnrolment | null;
  status: "scheduled" | "cancelled";
  icsUrl: string | null;
  /** Article ids. */
  materials: number[];
}

export interface TrainingInput {
  topicId: number;
  title: string;
  description: string;
  startsAt: string;
  durationMinutes: number;
  place?: string | null;
  videoUrl?: string | null;
  capacity: number;
  materials?: number[];
}

export interface TrainingFilters {
  topicId?: number;
  from?: string;
  to?: string;
  mine?: boolean;
}

export interface Enrolment {
  personId: number;
  name: string;
  status: EnrolmentStatus;
  attended: boolean;
  position: number | null;
}

export interface EffectSide {
  people: number;
  requestsBefore: number;
  requestsAfter: number;
  perPersonBefore: number;
  perPersonAfter: number;
  change: number;
}

export interface TrainingEffect {
  windowDays: number;
  complete: boolean;
  attendees: EffectSide;
  nonAttendees: EffectSide;
}

export interface ProposedWorkshop {
  topicId: number;
  topicName: string;
  people: number;
  requests: number;
  commonPhrasing: string;
  phrasingCount: number;
  nextTraining: Pick<Training, "id" | "title" | "startsAt"> | null;
  draft: TrainingDraft;
}

export interface NextTraining {
  requestsOnTopic: number;
  repeatAsker: boolean;
  training: Training | null;
}

/** What the schedule form starts with, e.g. from a proposed workshop. */
export interface TrainingDraft {
  topicId?: number;
  title?: string;
  description?: string;
}
