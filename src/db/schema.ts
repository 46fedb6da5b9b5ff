import type { Generated } from "kysely";

/**
 * Row shapes (snake_case) as stored. Times are ISO-8601 UTC text and booleans 0/1 integers on both
 * engines, so SQLite and PostgreSQL return identical values (see docs/decisions.md).
 */
export interface Database {
  campuses: CampusesTable;
  people: PeopleTable;
  person_roles: PersonRolesTable;
  topics: TopicsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  sign_in_attempts: SignInAttemptsTable;
  events: EventsTable;
  settings: SettingsTable;
  requests: RequestsTable;
  request_messages: RequestMessagesTable;
  request_attachments: RequestAttachmentsTable;
  mode_examples: ModeExamplesTable;
  saved_views: SavedViewsTable;
  saved_replies: SavedRepliesTable;
  notifications: NotificationsTable;
  mail_outbox: MailOutboxTable;
  articles: ArticlesTable;
  article_versions: ArticleVersionsTable;
  article_topics: ArticleTopicsTable;
  article_links: ArticleLinksTable;
  article_feedback: ArticleFeedbackTable;
  deflections: DeflectionsTable;
  article_phrasings: ArticlePhrasingsTable;
  skills: SkillsTable;
  interests: InterestsTable;
  helper_profiles: HelperProfilesTable;
  helper_groups: HelperGroupsTable;
  group_members: GroupMembersTable;
  digest_subscriptions: DigestSubscriptionsTable;
  trainings: TrainingsTable;
  training_materials: TrainingMaterialsTable;
  enrolments: EnrolmentsTable;
  ideas: IdeasTable;
  idea_topics: IdeaTopicsTable;
  idea_mentors: IdeaMentorsTable;
  idea_milestones: IdeaMilestonesTable;
  idea_updates: IdeaUpdatesTable;
}

export interface CampusesTable {
  id: Generated<number>;
  name: string;
  time_zone: string;
}

export interface PeopleTable {
  id: Generated<number>;
  name: string;
  email: string;
  kind: string;
  campus_id: number | null;
  locale: string;
  password_hash: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export interface PersonRolesTable {
  person_id: number;
  role: string;
}

export interface TopicsTable {
  id: Generated<number>;
  name: string;
  parent_id: number | null;
  nature: string;
  description: string;
  archived: number;
  /** skilled | everyone: who sees this topic's community questions. */
  community_audience: Generated<string>;
  /** 1: new requests on this topic go to the top routing proposal. */
  auto_assign: Generated<number>;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a leaked table can't be replayed as cookies. */
  token_hash: string;
  person_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  user_agent: string | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  person_id: number;
  name: string;
  token_hash: string;
  /** First characters of the token, shown so a person can tell their tokens apart. */
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface SignInAttemptsTable {
  /** "email:<address>" or "ip:<address>". */
  key: string;
  failures: number;
  first_failure_at: string;
  blocked_until: string | null;
}

export interface EventsTable {
  id: Generated<number>;
  type: string;
  actor_id: number | null;
  subject_type: string;
  subject_id: number;
  data: string;
  created_at: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface RequestsTable {
  id: Generated<number>;
  title: string;
  description: string;
  tried: string;
  requester_id: number;
  topic_id: number;
  requested_mode: string;
  mode: string;
  suggested_mode: string | null;
  suggested_confidence: number | null;
  /** JSON array of phrases. */
  suggested_reasons: string | null;
  nature: string;
  status: string;
  urgency: string;
  /** 0 low … 3 urgent, so queues sort by urgency with an index. */
  urgency_rank: number;
  campus_id: number | null;
  device: string | null;
  assignee_id: number | null;
  resolver_id: number | null;
  resolution_kind: string | null;
  self_reliance: string | null;
  satisfaction: number | null;
  merged_into_id: number | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  first_response_at: string | null;
  resolved_at: string | null;
  closed_at: string | null;
  /** 1: opened to the community feed. */
  community: Generated<number>;
  /** 1: only staff may see it (never students, not even on the tech team). */
  staff_only: Generated<number>;
  /** The helper group (student tech team) it is routed to. */
  group_id: number | null;
  /** A mentor paired with a learning helper; credited too. */
  mentor_id: number | null;
  /** The community answer the requester accepted. */
  accepted_message_id: number | null;
  minutes_spent: number | null;
}

export interface RequestMessagesTable {
  id: Generated<number>;
  request_id: number;
  author_id: number;
  body: string;
  internal: number;
  /** JSON array of person ids. */
  mentions: string;
  created_at: string;
}

export interface RequestAttachmentsTable {
  id: Generated<number>;
  request_id: number;
  uploader_id: number;
  filename: string;
  content_type: string;
  size: number;
  data: Uint8Array;
  created_at: string;
}

export interface ModeExamplesTable {
  id: Generated<number>;
  text: string;
  mode: string;
  source: string;
  request_id: number | null;
  created_at: string;
}

export interface SavedViewsTable {
  id: Generated<number>;
  person_id: number;
  name: string;
  filters: string;
  created_at: string;
}

export interface SavedRepliesTable {
  id: Generated<number>;
  title: string;
  body: string;
  topic_id: number | null;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface NotificationsTable {
  id: Generated<number>;
  person_id: number;
  event_id: number;
  type: string;
  request_id: number | null;
  idea_id: number | null;
  created_at: string;
  read_at: string | null;
}

export interface MailOutboxTable {
  id: Generated<number>;
  event_id: number | null;
  person_id: number | null;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  /** pending | sent | failed (gave up after the last retry) | logged (no SMTP_URL: kept and shown in the log). */
  status: string;
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface ArticlesTable {
  id: Generated<number>;
  title: string;
  /** Markdown as written; rendered and sanitized on the way out. */
  body: string;
  state: string;
  audience: string;
  author_id: number | null;
  version: Generated<number>;
  views: Generated<number>;
  helped_count: Generated<number>;
  not_helped_count: Generated<number>;
  validated_by: number | null;
  validated_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ArticleVersionsTable {
  id: Generated<number>;
  article_id: number;
  version: number;
  title: string;
  body: string;
  author_id: number | null;
  note: string;
  created_at: string;
}

export interface ArticleTopicsTable {
  article_id: number;
  topic_id: number;
}

export interface ArticleLinksTable {
  article_id: number;
  request_id: number;
  /** solved_by | referenced | created_from | viewed */
  kind: string;
  created_by: number | null;
  created_at: string;
}

export interface ArticleFeedbackTable {
  id: Generated<number>;
  article_id: number;
  person_id: number;
  helped: number;
  created_at: string;
}

export interface DeflectionsTable {
  id: Generated<number>;
  person_id: number;
  article_id: number;
  text: string;
  created_at: string;
}

export interface ArticlePhrasingsTable {
  id: Generated<number>;
  article_id: number;
  text: string;
  /** deflection | request */
  source: string;
  created_at: string;
}

export interface SkillsTable {
  person_id: number;
  topic_id: number;
  level: string;
  source: string;
  endorsed_by: number | null;
  updated_at: string;
}

export interface InterestsTable {
  person_id: number;
  topic_id: number;
}

export interface HelperProfilesTable {
  person_id: number;
  /** Comma-separated weekdays (mon,tue,…); empty means any day. */
  days: string;
  hours_per_week: number | null;
  open_cap: number;
  away: number;
  bio: string;
  updated_at: string;
}

export interface HelperGroupsTable {
  id: Generated<number>;
  name: string;
  description: string;
  created_at: string;
}

export interface GroupMembersTable {
  group_id: number;
  person_id: number;
  /** member | supervisor */
  role: string;
}

export interface DigestSubscriptionsTable {
  person_id: number;
  created_at: string;
}

export interface TrainingsTable {
  id: Generated<number>;
  topic_id: number;
  title: string;
  description: string;
  facilitator_id: number;
  campus_id: number | null;
  starts_at: string;
  duration_minutes: number;
  place: string | null;
  video_url: string | null;
  capacity: number;
  /** scheduled | cancelled */
  status: string;
  created_by: number;
  created_at: string;
  updated_at: string;
}

export interface TrainingMaterialsTable {
  training_id: number;
  article_id: number;
}

export interface EnrolmentsTable {
  training_id: number;
  person_id: number;
  /** enrolled | waiting | cancelled */
  status: string;
  /** Place on the wait list, 1 first; null unless waiting. */
  position: number | null;
  created_at: string;
  updated_at: string;
  attended: number;
  attendance_marked_at: string | null;
}

export interface IdeasTable {
  id: Generated<number>;
  owner_id: number;
  title: string;
  pitch: string;
  goals: string;
  timeline: string;
  /** Comma list: mentoring, training, resources, approval. */
  support_needed: string;
  /** proposed | supported | in_progress | shipped | paused */
  status: string;
  /** The status a paused idea was paused from; null otherwise. */
  paused_from: string | null;
  /** The `idea` request it grew from. */
  request_id: number | null;
  copied_from_id: number | null;
  campus_id: number | null;
  created_at: string;
  updated_at: string;
  shipped_at: string | null;
  version: Generated<number>;
}

export interface IdeaTopicsTable {
  idea_id: number;
  topic_id: number;
}

export interface IdeaMentorsTable {
  idea_id: number;
  person_id: number;
  added_at: string;
}

export interface IdeaMilestonesTable {
  id: Generated<number>;
  idea_id: number;
  title: string;
  due_on: string | null;
  done_at: string | null;
  position: number;
}

export interface IdeaUpdatesTable {
  id: Generated<number>;
  idea_id: number;
  author_id: number;
  /** comment | check_in */
  kind: string;
  body: string;
  created_at: string;
}
