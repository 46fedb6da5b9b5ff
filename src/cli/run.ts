import { ConfigError, loadConfig } from "../config.js";
import { AppError } from "../core/shared/errors.js";
import { prepareDatabase } from "../db/prepare.js";
import { type AppContext, createContext } from "../platform/context.js";

/** Exit codes every command shares; `import` adds PARTIAL. */
export const EXIT = { OK: 0, FAILED: 1, PARTIAL: 2 } as const;

/** A failure the user can fix from the message alone; printed without a stack. */
export class CliError extends Error {}

/**
 * Opens the configured database for one command and always closes it. With `migrate`, brings the
 * schema up to date first (as `serve` does), so `user add` works on a brand-new database.
 */
export async function withContext<T>(work: (ctx: AppContext) => Promise<T>, options: { migrate?: boolean } = {}): Promise<T> {
  const ctx = createContext(loadConfig(process.env));
  try {
    if (options.migrate) {
      for (const name of await prepareDatabase(ctx.db, ctx.clock.now())) process.stderr.write(`applied migration ${name}\n`);
    }
    return await work(ctx);
  } finally {
    await ctx.db.close();
  }
}

/** Prints a failure readably (every problem of a bad configuration) and returns the exit code. */
export function reportError(error: unknown): number {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else if (error instanceof AppError) process.stderr.write(`error: ${error.message} (${error.code})\n`);
  else process.stderr.write(`error: ${describe(error)}\n`);
  return EXIT.FAILED;
}

/** The most useful message of an error; connection failures often hide theirs in an AggregateError. */
function describe(error: unknown): string {
  if (error instanceof AggregateError && !error.message) return describe(error.errors[0]);
  if (error instanceof Error) {
    const message = error.message || (error as { code?: string }).code || error.name;
    const cause = error.cause instanceof Error && !(error instanceof CliError) ? error.cause.message : "";
    return cause && !message.includes(cause) ? `${message} (${cause})` : message;
  }
  return String(error);
}
