/** Shapes of the Scaffold HTTP API (docs/api.md); the web app talks to the API only. */

export const ROLES = ["member", "helper", "tech", "leader", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PERSON_KINDS = ["staff", "teacher", "student", "other"] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];

export const TOPIC_NATURES = ["learnable", "specialist"] as const;
export type TopicNature = (typeof TOPIC_NATURES)[number];

/** The signed-in person (`GET /api/v1/me`). */
export interface Me {
  id: number;
  name: string;
  email: string;
  kind: PersonKind;
  campusId: number | null;
  locale: Locale;
  roles: Role[];
  csrfToken: string | null;
}

export interface Person {
  id: number;
  name: string;
  email: string;
  kind: PersonKind;
  campusId: number | null;
  locale: Locale;
  roles: Role[];
  active: boolean;
  hasPassword: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Campus {
  id: number;
  name: string;
  timeZone: string;
}

export interface Topic {
  id: number;
  name: string;
  parentId: number | null;
  nature: TopicNature;
  description: string;
  archived: boolean;
}

export interface ApiToken {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** A page of a list, keyed by an opaque cursor. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
