import type { Campus, CommunityAudience, Locale, Page, Person, PersonKind, Role, Topic, TopicNature } from "./people.types.js";

export interface NewPerson {
  name: string;
  email: string;
  kind: PersonKind;
  campusId: number | null;
  locale: Locale;
  roles: Role[];
  passwordHash: string | null;
}

export interface PersonChanges {
  name?: string;
  email?: string;
  kind?: PersonKind;
  campusId?: number | null;
  locale?: Locale;
  roles?: Role[];
  active?: boolean;
}

export interface PeopleFilter {
  q?: string;
  role?: Role;
  kind?: PersonKind;
  campusId?: number;
  active?: boolean;
  cursor?: string;
  limit: number;
}

/** Storage of people and their roles. */
export interface PeopleRepository {
  create(person: NewPerson, now: string): Promise<Person>;
  findById(id: number): Promise<Person | null>;
  findByEmail(email: string): Promise<Person | null>;
  /** Password hash for sign-in; null when the account has no password or is unknown. */
  findCredentials(email: string): Promise<{ person: Person; passwordHash: string | null } | null>;
  passwordHashOf(id: number): Promise<string | null>;
  setPasswordHash(id: number, hash: string, now: string): Promise<void>;
  update(id: number, changes: PersonChanges, now: string): Promise<Person>;
  list(filter: PeopleFilter): Promise<Page<Person>>;
  countActiveWithRole(role: Role): Promise<number>;
  /** Display names by id, for lists that show who asked and who helps. */
  namesOf(ids: number[]): Promise<Map<number, string>>;
}

export interface CampusesRepository {
  create(campus: Omit<Campus, "id">): Promise<Campus>;
  update(id: number, changes: Partial<Omit<Campus, "id">>): Promise<Campus>;
  findById(id: number): Promise<Campus | null>;
  findByName(name: string): Promise<Campus | null>;
  list(): Promise<Campus[]>;
}

export interface NewTopic {
  name: string;
  parentId: number | null;
  nature: TopicNature;
  description: string;
  communityAudience?: CommunityAudience;
  autoAssign?: boolean;
}

export interface TopicsRepository {
  create(topic: NewTopic): Promise<Topic>;
  update(id: number, changes: Partial<NewTopic & { archived: boolean }>): Promise<Topic>;
  findById(id: number): Promise<Topic | null>;
  findByName(name: string, parentId: number | null): Promise<Topic | null>;
  list(options?: { includeArchived?: boolean }): Promise<Topic[]>;
}

/** One thing that happened, appended in the same transaction as the change it records. */
export interface NewEvent {
  type: string;
  actorId: number | null;
  subjectType: string;
  subjectId: number;
  data?: Record<string, unknown>;
  at: string;
}

export interface EventLog {
  append(event: NewEvent): Promise<void>;
}

export interface Clock {
  now(): Date;
}

/** Hashes and checks passwords (argon2id in production). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** With a null hash, spends the time of a real check and answers false. */
  verify(hash: string | null, password: string): Promise<boolean>;
}
