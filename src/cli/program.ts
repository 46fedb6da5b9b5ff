import { Command } from "commander";
import { analyzeCommand } from "./commands/analyze.command.js";
import { importCommand } from "./commands/import.command.js";
import { migrateCommand } from "./commands/migrate.command.js";
import { seedCommand } from "./commands/seed.command.js";
import { serveCommand } from "./commands/serve.command.js";
import { userCommand } from "./commands/user.command.js";

/** The `scaffold` command line; every command reads the same environment configuration as the server. */
export function buildProgram(): Command {
  const program = new Command("scaffold")
    .description("Scaffold, a help platform for schools that pushes from service toward support")
    .showHelpAfterError()
    .addHelpText(
      "after",
      `
Configuration comes from the environment, as for the server: DATABASE_URL (sqlite:PATH, default
sqlite:./data/scaffold.db, or postgres://…), SCAFFOLD_DEMO, PORT, HOST, PUBLIC_URL, SMTP_URL.

Exit codes: 0 success; 1 failure; 2 an import where some rows failed.`,
    );
  serveCommand(program);
  migrateCommand(program);
  seedCommand(program);
  importCommand(program);
  userCommand(program);
  analyzeCommand(program);
  return program;
}
