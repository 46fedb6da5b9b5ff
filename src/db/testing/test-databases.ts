import { randomBytes } from "node:crypto";
import pg from "pg";
import { loadConfig } from "../../config.js";
import type { PasswordHasher } from "../../core/people/people.ports.js";
import { type AppContext, createContext } from "../../platform/context.js";
import { FixedClock } from "../../platform/clock.js";
import { type DialectName, openDatabase } from "../dialect.js";
import { prepareDatabase } from "../prepare.js";

/** Every repository test runs on both engines (STYLE.md: `for (const dialect of DIALECTS)`). */
export const DIALECTS: DialectName[] = ["sqlite", "postgres"];

/**
 * Words-only search unless a test asks for semantic search (`env: { SEARCH_SEMANTIC: "1" }`): the
 * ranking tests then check the lexical ranking alone, and only the tests about meaning load the model.
 */
const TEST_DEFAULTS = { SEARCH_SEMANTIC: "0" };

/** Fast stand-in for argon2 in tests, where hashing cost only slows the suite. */
export const fastHasher: PasswordHasher = {
  hash: async (password) => `plain$${password}`,
  verify: async (hash, password) => hash === `plain$${password}`,
};

export interface TestContext {
  ctx: AppContext;
  clock: FixedClock;
  close(): Promise<void>;
}

/** A fresh, migrated database on the given engine; PostgreSQL gets a throwaway database per call. */
export async function createTestContext(
  dialect: DialectName,
  options: { now?: Date; env?: Record<string, string> } = {},
): Promise<TestContext> {
  const clock = new FixedClock(options.now ?? new Date("2026-09-01T08:00:00Z"));
  if (dialect === "sqlite") {
    const config = loadConfig({ DATABASE_URL: "sqlite::memory:", LOG_LEVEL: "silent", ...TEST_DEFAULTS, ...options.env });
    const db = openDatabase({ kind: "sqlite", path: ":memory:" });
    await prepareDatabase(db, clock.now());
    const ctx = createContext(config, { db, clock, hasher: fastHasher });
    return { ctx, clock, close: () => db.close() };
  }
  const adminUrl = postgresUrl();
  const name = `scaffold_test_${randomBytes(6).toString("hex")}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const config = loadConfig({ DATABASE_URL: url.toString(), LOG_LEVEL: "silent", ...TEST_DEFAULTS, ...options.env });
  const db = openDatabase({ kind: "postgres", url: url.toString() }, { poolSize: 4 });
  await prepareDatabase(db, clock.now());
  const ctx = createContext(config, { db, clock, hasher: fastHasher });
  return {
    ctx,
    clock,
    close: async () => {
      await db.close();
      await withAdmin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** The PostgreSQL that `npm test` starts; without it, database tests fail loudly instead of skipping. */
export function postgresUrl(): string {
  const url = process.env.SCAFFOLD_TEST_PG_URL;
  if (!url) {
    throw new Error(
      "SCAFFOLD_TEST_PG_URL is not set: PostgreSQL tests need the throwaway cluster that `npm test` starts. Run the suite with `npm test`.",
    );
  }
  return url;
}

async function withAdmin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
