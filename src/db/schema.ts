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
