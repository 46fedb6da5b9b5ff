import type { Command } from "commander";
import { migrateToLatest } from "../../db/migrate.js";
import { withContext } from "../run.js";

/** `scaffold migrate`: brings the database schema up to date and lists what it applied. */
export function migrateCommand(program: Command): void {
  program
    .command("migrate")
    .description("apply pending database migrations")
    .action(() =>
      withContext(async (ctx) => {
        const applied = await migrateToLatest(ctx.db);
        for (const name of applied) process.stdout.write(`applied ${name}\n`);
        process.stdout.write(applied.length ? `${applied.length} migration${applied.length > 1 ? "s" : ""} applied\n` : "the database is up to date\n");
      }),
    );
}
