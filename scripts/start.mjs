// `npm start`: builds the web app only when it is missing or older than its sources, then runs
// `scaffold serve`. Never installs anything.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { constants } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const webDir = join(root, "web");
const builtIndex = join(webDir, "dist", "index.html");
const SKIP = new Set([join(webDir, "dist"), join(webDir, "node_modules")]);

/** Newest modification time of any file under `dir`, skipping build output. */
function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (SKIP.has(path)) continue;
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.isFile()) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function webBuildIsStale() {
  if (!existsSync(builtIndex)) return "web/dist/index.html is missing";
  if (newestMtime(webDir) > statSync(builtIndex).mtimeMs) return "web/ changed since the last build";
  return null;
}

const reason = existsSync(webDir) ? webBuildIsStale() : null;
if (reason) {
  console.log(`Building the web app (${reason})…`);
  const vite = join(root, "node_modules", "vite", "bin", "vite.js");
  if (!existsSync(vite)) {
    console.error("vite is not installed: run `npm ci` first.");
    process.exit(1);
  }
  const build = spawnSync(process.execPath, [vite, "build", "--config", join("web", "vite.config.ts")], {
    cwd: root,
    stdio: "inherit",
  });
  if (build.status !== 0) {
    console.error("The web build failed; not starting the server.");
    process.exit(build.status ?? 1);
  }
}

// The server runs in its own process group, so a Ctrl-C in the terminal reaches it once, through us,
// rather than twice (terminal + forward), which it would take as "stop at once". A repeat of the same
// signal within a second (npm forwards signals too) is dropped; a later one is passed on.
const child = spawn(process.execPath, [join(root, "bin", "scaffold.mjs"), "serve", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  detached: true,
});
const lastForwarded = new Map();
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    const now = Date.now();
    if (now - (lastForwarded.get(signal) ?? 0) < 1000) return;
    lastForwarded.set(signal, now);
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}
child.on("exit", (code, signal) => {
  process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
});
child.on("error", (error) => {
  console.error(`Could not start the server: ${error.message}`);
  process.exit(1);
});
