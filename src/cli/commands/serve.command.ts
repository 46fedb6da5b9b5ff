import type { Command } from "commander";
import { loadConfig } from "../../config.js";

/** `scaffold serve`: runs the server until SIGINT or SIGTERM, then closes it cleanly. */
export function serveCommand(program: Command): void {
  program
    .command("serve")
    .description("run the web app and API (migrates, and seeds the demo school when SCAFFOLD_DEMO is on)")
    .action(async () => {
      const config = loadConfig(process.env);
      // Loaded on demand: the other commands never pay for starting Fastify, and the CLI stays off the HTTP layer otherwise.
      const { startServer } = await import("../../api/server.js");
      const server = await startServer(config);
      process.stderr.write(`Scaffold is running at ${server.url} (Ctrl-C stops it)\n`);
      const signal = await new Promise<NodeJS.Signals>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      process.stderr.write(`${signal}: closing (send it again to stop at once)\n`);
      process.once(signal, () => process.exit(signal === "SIGINT" ? 130 : 143));
      await server.close();
    });
}
