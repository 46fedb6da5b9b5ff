import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { SemanticVectors } from "./knowledge/search/article-vectors.js";
import type { Database } from "./schema.js";

export type DialectName = "sqlite" | "postgres";

/** An open database plus what its engine can do; the one place dialect differences live. */
export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: DialectName;
  readonly capabilities: {
    /** PostgreSQL can lock rows (`FOR UPDATE`); SQLite serialises writers instead. */
    readonly rowLocks: boolean;
    /** Case-insensitive LIKE operator: `like` on SQLite (ASCII-insensitive by default), `ilike` on PostgreSQL. */
    readonly ilike: "like" | "ilike";
  };
  /** Sentence vectors for semantic article search, when it is on (the platform context attaches it). */
  readonly semantic?: SemanticVectors;
  close(): Promise<void>;
}

export type DatabaseTarget = { kind: "sqlite"; path: string } | { kind: "postgres"; url: string };

// COUNT(*) and other int8 values arrive as strings from pg; every count we take fits a JS number.
pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));

/** Opens SQLite (WAL, foreign keys, busy timeout) or a PostgreSQL pool. */
export function openDatabase(target: DatabaseTarget, options: { poolSize?: number; onIdleError?: (error: Error) => void } = {}): Db {
  if (target.kind === "sqlite") {
    if (target.path !== ":memory:") mkdirSync(dirname(target.path), { recursive: true });
    const sqlite = new SQLite(target.path);
    sqlite.pragma("journal_mode = WAL");
    sqlite.pragma("foreign_keys = ON");
    sqlite.pragma("busy_timeout = 5000");
    sqlite.pragma("synchronous = NORMAL");
    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { kysely, dialect: "sqlite", capabilities: { rowLocks: false, ilike: "like" }, close: () => kysely.destroy() };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: options.poolSize ?? 10 });
  // An idle client can fail (the server restarted, an admin ended it); the pool replaces it. Without a
  // listener, Node would treat the event as an uncaught error and stop the process.
  pool.on("error", (error) => options.onIdleError?.(error));
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { kysely, dialect: "postgres", capabilities: { rowLocks: true, ilike: "ilike" }, close: () => kysely.destroy() };
}
