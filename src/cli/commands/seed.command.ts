import type { Command } from "commander";
import { DEMO_ACCOUNTS } from "../../db/seed/demo-people.js";
import { DEMO_PASSWORD, seedDemo } from "../../db/seed/demo-seed.js";
import { withContext } from "../run.js";

/** `scaffold seed`: migrates, then seeds the demo school once; a second run says so and does nothing. */
export function seedCommand(program: Command): void {
  program
    .command("seed")
    .description('create the demo school "Riverside International School" (once; an empty database only)')
    .action(() =>
      withContext(
        async (ctx) => {
          const result = await seedDemo(ctx);
          if (result.skipped === "already_seeded") {
            process.stdout.write("the demo school is seeded already; nothing to do\n");
          } else if (result.skipped === "not_empty") {
            process.stdout.write("the database holds people already; the demo school is only seeded into an empty one\n");
          } else {
            process.stdout.write(`seeded ${result.campuses} campuses, ${result.topics} topics and ${result.people} people\n`);
            process.stdout.write(`sign in with password "${DEMO_PASSWORD}" as ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}\n`);
          }
        },
        { migrate: true },
      ),
    );
}
