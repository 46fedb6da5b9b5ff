/** Roles add to membership; everyone signed in is a member. */
export const ROLES = ["member", "helper", "tech", "leader", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const PERSON_KINDS = ["staff", "teacher", "student", "other"] as const;
export type PersonKind = (typeof PERSON_KINDS)[number];

export const LOCALES = ["en"] as const;
export type Locale = (typeof LOCALES)[number];

export interface Campus {
  id: number;
  name: string;
  /** IANA zone that dates, calendars and monthly figures on this campus use. */
  timeZone: string;
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

export const TOPIC_NATURES = ["learnable", "specialist"] as const;
export type TopicNature = (typeof TOPIC_NATURES)[number];

export interface Topic {
  id: number;
  name: string;
  parentId: number | null;
  nature: TopicNature;
  description: string;
  archived: boolean;
  /** Who sees this topic's community questions: people with a skill on it, or every member. */
  communityAudience: CommunityAudience;
  /** New requests on this topic go to the top routing proposal at once. */
  autoAssign: boolean;
}

export const COMMUNITY_AUDIENCES = ["skilled", "everyone"] as const;
export type CommunityAudience = (typeof COMMUNITY_AUDIENCES)[number];

/** Who is acting: the signed-in person, as every use case sees them. */
export interface Actor {
  id: number;
  roles: readonly Role[];
  kind: PersonKind;
  campusId: number | null;
}

/** A page of a list, keyed by an opaque cursor. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
