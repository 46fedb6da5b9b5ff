/**
 * Every error code Scaffold's API can answer, with its HTTP status. Codes are stable: scripts
 * and the web app's translations key on them. Add codes; never rename one.
 */
export const ERROR_CODES = {
  // Generic input and protocol errors
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  INVALID_CURSOR: 400,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  NOT_READY: 503,
  // Authentication and authorization
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  SESSION_EXPIRED: 401,
  INVALID_TOKEN: 401,
  CSRF_TOKEN_INVALID: 403,
  FORBIDDEN: 403,
  TOO_MANY_SIGN_IN_ATTEMPTS: 429,
  WRONG_PASSWORD: 400,
  WEAK_PASSWORD: 400,
  // People, campuses, topics
  PERSON_NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
  CAMPUS_NOT_FOUND: 404,
  CAMPUS_NAME_TAKEN: 409,
  INVALID_TIME_ZONE: 400,
  TOPIC_NOT_FOUND: 404,
  TOPIC_NAME_TAKEN: 409,
  TOPIC_CYCLE: 400,
  TOPIC_IN_USE: 409,
  TOKEN_NOT_FOUND: 404,
  LAST_ADMIN: 409,
  VERSION_CONFLICT: 409,
  // Requests
  REQUEST_NOT_FOUND: 404,
  INVALID_TRANSITION: 409,
  ATTACHMENT_TOO_LARGE: 413,
  ATTACHMENT_TYPE_NOT_ALLOWED: 415,
  ATTACHMENT_NOT_FOUND: 404,
  ASSIGNEE_NOT_ELIGIBLE: 400,
  CANNOT_MERGE: 409,
  FEEDBACK_NOT_ALLOWED: 409,
  SAVED_VIEW_NOT_FOUND: 404,
  SAVED_REPLY_NOT_FOUND: 404,
  NOTIFICATION_NOT_FOUND: 404,
  // Community questions and helper groups
  ANSWER_NOT_FOUND: 404,
  ANSWER_NOT_ACCEPTABLE: 400,
  GROUP_NOT_FOUND: 404,
  GROUP_NAME_TAKEN: 409,
  GROUP_MEMBER_NOT_FOUND: 404,
  // Knowledge
  ARTICLE_NOT_FOUND: 404,
  INVALID_ARTICLE_STATE: 409,
  ARTICLE_VERSION_NOT_FOUND: 404,
  // Community
  SKILL_NOT_FOUND: 404,
  // Growth: trainings
  TRAINING_NOT_FOUND: 404,
  TRAINING_IN_PAST: 409,
  TRAINING_NOT_STARTED: 409,
  TRAINING_CANCELLED: 409,
  TRAINING_ENDS_BEFORE_START: 400,
  INVALID_TRAINING_DURATION: 400,
  INVALID_TRAINING_CAPACITY: 400,
  FACILITATOR_NOT_QUALIFIED: 400,
  ALREADY_ENROLLED: 409,
  ENROLMENT_NOT_FOUND: 404,
  NOT_ENROLLED: 400,
  // Growth: idea proposals
  IDEA_NOT_FOUND: 404,
  INVALID_IDEA_STATUS: 409,
  MILESTONE_NOT_FOUND: 404,
  IDEA_MENTOR_NOT_FOUND: 404,
  MENTOR_NOT_ELIGIBLE: 400,
  NOT_AN_IDEA_REQUEST: 409,
  REQUEST_ALREADY_IDEA: 409,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

/** An expected failure with a stable code; the API turns it into `{error: {code, message}}`. */
export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
    this.status = ERROR_CODES[code];
  }
}

export const notFound = (code: ErrorCode & `${string}_NOT_FOUND`, what: string) => new AppError(code, `${what} was not found.`);
