import type { Person } from "../people/people.types.js";

export interface StoredSession {
  tokenHash: string;
  personId: number;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

export interface SessionsRepository {
  create(session: StoredSession & { userAgent: string | null }): Promise<void>;
  find(tokenHash: string): Promise<StoredSession | null>;
  touch(tokenHash: string, lastSeenAt: string, expiresAt: string): Promise<void>;
  delete(tokenHash: string): Promise<void>;
  deleteForPerson(personId: number): Promise<void>;
}

export interface ApiToken {
  id: number;
  personId: number;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface ApiTokensRepository {
  create(token: { personId: number; name: string; tokenHash: string; prefix: string; createdAt: string }): Promise<ApiToken>;
  findActive(tokenHash: string): Promise<ApiToken | null>;
  markUsed(id: number, at: string): Promise<void>;
  listForPerson(personId: number): Promise<ApiToken[]>;
  /** Returns false when the token is not the person's or already revoked. */
  revoke(id: number, personId: number, at: string): Promise<boolean>;
}

export interface SignInAttempt {
  failures: number;
  firstFailureAt: string;
  blockedUntil: string | null;
}

export interface SignInAttemptsRepository {
  get(key: string): Promise<SignInAttempt | null>;
  save(key: string, attempt: SignInAttempt): Promise<void>;
  clear(key: string): Promise<void>;
}

/** Random secrets and their one-way hashes (node:crypto in production). */
export interface Secrets {
  randomToken(bytes?: number): string;
  hash(token: string): string;
}

export interface Authenticated {
  person: Person;
  via: "session" | "token";
  /** Present for cookie sessions; writes must echo it in X-CSRF-Token. */
  csrfToken: string | null;
}
