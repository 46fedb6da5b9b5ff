/**
 * Browser-test harness: a real Scaffold server in this process on a fresh SQLite database, and a
 * real Chromium (Debian's, found through SCAFFOLD_TEST_CHROMIUM, which `npm test` sets).
 * The web app must be built (`npm run build:web`; `npm test` does it) before these tests run.
 */
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { startServer } from "../../src/api/server.js";
import { loadConfig } from "../../src/config.js";

export interface TestServer {
  /** Base URL without a trailing slash, e.g. http://127.0.0.1:41234 */
  url: string;
  /** Stops the server and deletes its database directory. */
  close(): Promise<void>;
}

/** Starts Scaffold on 127.0.0.1, port 0, with its own temp directory and database; the demo seed is on unless `demo: false`. */
export async function startTestServer(options: { demo?: boolean } = {}): Promise<TestServer> {
  const dir = await mkdtemp(join(tmpdir(), "scaffold-e2e-"));
  try {
    const config = loadConfig({
      DATABASE_URL: `sqlite:${join(dir, "scaffold.db")}`,
      PORT: "0",
      HOST: "127.0.0.1",
      SCAFFOLD_DEMO: options.demo === false ? "0" : "1",
      LOG_LEVEL: "silent",
    });
    const server = await startServer(config);
    let closed = false;
    return {
      url: server.url.replace(/\/+$/, ""),
      async close() {
        if (closed) return;
        closed = true;
        try {
          await server.close();
        } finally {
          await rm(dir, { recursive: true, force: true, maxRetries: 3 });
        }
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true, maxRetries: 3 });
    throw error;
  }
}

/** Launches headless Chromium with a fresh profile. Close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = process.env.SCAFFOLD_TEST_CHROMIUM ?? "/usr/bin/chromium";
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Run the browser tests with \`npm test\` (it installs Debian's chromium when root), or install it: apt-get install chromium.`,
    );
  }
  return chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
