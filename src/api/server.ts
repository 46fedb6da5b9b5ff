import type { FastifyServerOptions } from "fastify";
import type { Config } from "../config.js";
import { prepareDatabase } from "../db/prepare.js";
import { DEMO_ACCOUNTS } from "../db/seed/demo-people.js";
import { DEMO_PASSWORD, seedDemo } from "../db/seed/demo-seed.js";
import type { Db } from "../db/dialect.js";
import type { SemanticVectors } from "../db/knowledge/search/article-vectors.js";
import { createContext } from "../platform/context.js";
import { startNotificationWorker } from "../platform/mail/notification-worker.js";
import { buildApp } from "./app.js";
import type { Readiness } from "./routes/system/health.routes.js";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Opens the database, migrates, builds the app and listens; then seeds the demo school (when on)
 * and only then reports ready. `/healthz` answers from the moment the port is open.
 */
export async function startServer(config: Config, options: { log?: boolean } = {}): Promise<RunningServer> {
  const ctx = createContext(config);
  await prepareDatabase(ctx.db, ctx.clock.now());
  const cookieSecret = config.sessionSecret ?? (await ctx.repos.settings.getOrInit("session_secret", () => ctx.secrets.randomToken(48)));
  const readiness: Readiness = { ready: false, demo: config.demo };
  const app = await buildApp(ctx, { cookieSecret, readiness, logger: loggerOptions(config, options.log ?? true) });
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;

  try {
    if (config.demo) {
      const { seeded } = await seedDemo(ctx);
      if (seeded) app.log.info("Seeded the demo school: Riverside International School");
    }
  } catch (error) {
    await app.close();
    await ctx.db.close();
    throw error;
  }
  readiness.ready = true;
  if (ctx.db.semantic) void fillArticleVectors(ctx.db.semantic, ctx.db.kysely, app.log);
  // Notifications are sent after commit, from the recorded events, by a loop that never crashes the process.
  const worker = startNotificationWorker(ctx, { log: (msg) => app.log.info(msg) });
  if (config.demo && config.logLevel !== "silent" && options.log !== false) printDemoSignIn(config.publicUrl);
  return {
    url,
    close: async () => {
      await worker.stop();
      await app.close();
      await ctx.db.close();
    },
  };
}

function loggerOptions(config: Config, enabled: boolean): FastifyServerOptions["logger"] {
  if (!enabled || config.logLevel === "silent") return false;
  return {
    level: config.logLevel,
    redact: { paths: ["req.headers.authorization", "req.headers.cookie", "req.headers['x-csrf-token']", "*.password", "*.secret"], censor: "[redacted]" },
  };
}

/** DESIGN.md: the demo "prints how to sign in". Printed on every demo start, not only the first. */
function printDemoSignIn(publicUrl: string): void {
  const accounts = DEMO_ACCOUNTS.map((a) => `    ${a.email.padEnd(32)} ${a.name} (${[a.kind, ...a.roles].join(", ")})`).join("\n");
  process.stdout.write(
    `\nScaffold demo school is ready at ${publicUrl}\nSign in with password "${DEMO_PASSWORD}" as one of:\n${accounts}\n\n`,
  );
}

const WARM_UP = [
  "wifi",
  "My laptop will not connect to the network",
  "How do I share a Google Doc with my whole class so they can comment but not edit?",
  "The projector in room 12 shows no picture when I plug in the HDMI cable from my laptop, what should I try first?",
].flatMap((text) => Array.from({ length: 5 }, (_, i) => `${text} ${i}`));

/** Loads the sentence model now rather than on the first search, and encodes articles that have no vectors yet. */
async function fillArticleVectors(semantic: SemanticVectors, kysely: Db["kysely"], log: { info(msg: string): void; error(msg: string): void }): Promise<void> {
  try {
    // A few sentences of different lengths, so the model is compiled and tuned before the first person types.
    for (const text of WARM_UP) await semantic.encoder.encode([text]);
    const filled = await semantic.backfill(kysely);
    if (filled) log.info(`Semantic search: encoded ${filled} articles`);
  } catch (e) {
    log.error(`Semantic search is unavailable; words-only search goes on: ${(e as Error).message}`);
  }
}
