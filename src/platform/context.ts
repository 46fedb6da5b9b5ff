import type { Clock, PasswordHasher } from "../core/people/people.ports.js";
import type { Secrets } from "../core/auth/auth.ports.js";
import type { Config } from "../config.js";
import { type Db, openDatabase } from "../db/dialect.js";
import { inTransaction, type Repositories, repositoriesFor } from "../db/repositories.js";
import { systemClock } from "./clock.js";
import { Argon2PasswordHasher } from "./password-hasher.js";
import { nodeSecrets } from "./secrets.js";
import { RequestClassifier } from "./request-classifier.js";
import type { ModeSuggester } from "../core/requests/request-deps.js";
import { SemanticVectors } from "../db/knowledge/search/article-vectors.js";
import { sentenceEncoder } from "./sentence-encoder.js";

/** What the server and the CLI share: the database plus the adapters every use case may need. */
export interface AppContext {
  readonly config: Config;
  readonly db: Db;
  readonly clock: Clock;
  readonly hasher: PasswordHasher;
  readonly secrets: Secrets;
  /** Mode and topic suggestions at intake, retrained as examples change. */
  readonly classifier: ModeSuggester;
  /** Repositories outside a transaction, for reads. */
  readonly repos: Repositories;
  /** Runs a unit of work in one transaction. */
  tx<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}

export function createContext(config: Config, overrides: Partial<Pick<AppContext, "clock" | "hasher" | "secrets">> & { db?: Db } = {}): AppContext {
  const opened = overrides.db ?? openDatabase(config.database, { onIdleError: (error) => console.error(`database connection lost: ${error.message}`) });
  const db: Db = config.searchSemantic ? { ...opened, semantic: new SemanticVectors(sentenceEncoder()) } : opened;
  const repos = repositoriesFor(db.kysely, db);
  const clock = overrides.clock ?? systemClock;
  return {
    config,
    db,
    clock,
    hasher: overrides.hasher ?? new Argon2PasswordHasher(),
    secrets: overrides.secrets ?? nodeSecrets,
    repos,
    classifier: new RequestClassifier(repos, clock),
    tx: (work) => inTransaction(db, work),
  };
}
