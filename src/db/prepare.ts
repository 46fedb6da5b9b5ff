import type { Db } from "./dialect.js";
import { migrateToLatest } from "./migrate.js";
import { repositoriesFor } from "./repositories.js";
import { ensureStarterExamples } from "./requests/starter-examples.seed.js";

/**
 * Makes a database ready for the app: the latest schema plus the reference data every install has
 * (the classifier's starter examples). Idempotent; the server, the CLI and tests all call it.
 */
export async function prepareDatabase(db: Db, now: Date = new Date()): Promise<string[]> {
  const applied = await migrateToLatest(db);
  await ensureStarterExamples(repositoriesFor(db.kysely, db), now.toISOString());
  return applied;
}
