import { Type } from "@sinclair/typebox";
import { ENROLMENT_STATUSES, TRAINING_STATUSES } from "../../../core/growth/trainings/trainings.types.js";

const Instant = Type.String({ format: "date-time" });
const Id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const EnrolmentStatusSchema = Type.Union(ENROLMENT_STATUSES.map((s) => Type.Literal(s)));

export const TrainingSchema = Type.Object({
  id: Type.Integer(),
  topicId: Type.Integer(),
  title: Type.String(),
  description: Type.String(),
  facilitatorId: Type.Integer(),
  facilitatorName: Type.String(),
  campusId: Type.Union([Type.Integer(), Type.Null()]),
  startsAt: Type.String(),
  durationMinutes: Type.Integer(),
  endsAt: Type.String(),
  place: Type.Union([Type.String(), Type.Null()]),
  videoUrl: Type.Union([Type.String(), Type.Null()]),
  capacity: Type.Integer(),
  status: Type.Union(TRAINING_STATUSES.map((s) => Type.Literal(s))),
  materials: Type.Array(Type.Integer()),
  enrolled: Type.Integer(),
  waiting: Type.Integer(),
  createdBy: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
  /** This training as an iCalendar file; the token in the URL lets calendar apps fetch it without a session. */
  icsUrl: Type.String(),
});

export const TrainingViewSchema = Type.Composite([
  TrainingSchema,
  Type.Object({
    myEnrolment: Type.Union([Type.Object({ status: EnrolmentStatusSchema, position: Type.Union([Type.Integer(), Type.Null()]), attended: Type.Boolean() }), Type.Null()]),
  }),
]);

export const EnrolmentSchema = Type.Object({
  trainingId: Type.Integer(),
  personId: Type.Integer(),
  name: Type.String(),
  status: EnrolmentStatusSchema,
  position: Type.Union([Type.Integer(), Type.Null()]),
  attended: Type.Boolean(),
  attendanceMarkedAt: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

const trainingFields = {
  title: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 10_000 })),
  facilitatorId: Type.Optional(Id),
  startsAt: Instant,
  // Ranges are checked by the use case, so a zero or negative duration gets its own error code.
  durationMinutes: Type.Optional(Type.Integer()),
  endsAt: Type.Optional(Instant),
  place: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  videoUrl: Type.Optional(Nullable(Type.String({ maxLength: 2000, pattern: "^https?://" }))),
  capacity: Type.Integer(),
  materials: Type.Optional(Type.Array(Id, { maxItems: 50 })),
};

export const NewTrainingBody = Type.Object({ topicId: Id, ...trainingFields }, { additionalProperties: false });
export const TrainingChangesBody = Type.Partial(Type.Object({ topicId: Id, ...trainingFields }), { additionalProperties: false });

export const TrainingQuery = Type.Object({
  topicId: Type.Optional(Id),
  from: Type.Optional(Instant),
  to: Type.Optional(Instant),
  mine: Type.Optional(Type.Boolean()),
  includeCancelled: Type.Optional(Type.Boolean()),
  limit: Type.Integer({ minimum: 1, maximum: 200, default: 100 }),
});

const GroupEffectSchema = Type.Object({
  people: Type.Integer(),
  requestsBefore: Type.Integer(),
  requestsAfter: Type.Integer(),
  perPersonBefore: Type.Number(),
  perPersonAfter: Type.Number(),
  change: Type.Number(),
});
const Window = Type.Object({ from: Type.String(), to: Type.String() });

export const TrainingEffectSchema = Type.Object({
  trainingId: Type.Integer(),
  topicIds: Type.Array(Type.Integer()),
  windowDays: Type.Integer(),
  before: Window,
  after: Window,
  complete: Type.Boolean(),
  attendees: GroupEffectSchema,
  nonAttendees: GroupEffectSchema,
});

export const ProposedWorkshopSchema = Type.Object({
  topicId: Type.Integer(),
  topicName: Type.String(),
  people: Type.Integer(),
  requests: Type.Integer(),
  commonPhrasing: Type.String(),
  phrasingCount: Type.Integer(),
  nextTraining: Type.Union([TrainingSchema, Type.Null()]),
  draft: Type.Object({ topicId: Type.Integer(), title: Type.String(), description: Type.String() }),
});

export const NextTrainingSchema = Type.Object({
  requestsOnTopic: Type.Integer(),
  repeatAsker: Type.Boolean(),
  training: Type.Union([TrainingSchema, Type.Null()]),
});

export const AttendanceBody = Type.Object({ personIds: Type.Array(Id, { maxItems: 1000 }) }, { additionalProperties: false });

export const AttendanceSchema = Type.Object({
  enrolments: Type.Array(EnrolmentSchema),
  raised: Type.Array(Type.Object({ personId: Type.Integer(), topicId: Type.Integer(), level: Type.String() })),
});
