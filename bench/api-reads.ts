/**
 * Throughput and memory of the main read paths on a demo school (SQLite), driven over real HTTP on
 * loopback by autocannon. Run: `npm run bench:api` (prints requests/s, latency and RSS).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { startServer } from "../src/api/server.js";
import { loadConfig } from "../src/config.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const dir = mkdtempSync(join(tmpdir(), "scaffold-bench-"));
const config = loadConfig({ DATABASE_URL: `sqlite:${join(dir, "bench.db")}`, PORT: "0", SCAFFOLD_DEMO: "1", LOG_LEVEL: "silent" });
const seedStart = performance.now();
const server = await startServer(config, { log: false });
console.log(`start-up with demo seed: ${((performance.now() - seedStart) / 1000).toFixed(1)} s`);

const signIn = await fetch(`${server.url}/api/v1/session`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ email: "tech@riverside.example", password: "scaffold-demo" }),
});
const cookie = signIn.headers.get("set-cookie")!.split(";")[0]!;

const paths = ["/api/v1/me", "/api/v1/topics", "/api/v1/requests?limit=50", "/api/v1/requests?status=new&status=triaged&sort=urgency&limit=50"];
for (const path of paths) {
  const result = await autocannon({ url: `${server.url}${path}`, connections: 10, duration: SECONDS, headers: { cookie } });
  const errors = result.non2xx + result.errors;
  console.log(
    `${path.padEnd(70)} ${result.requests.average.toFixed(0).padStart(6)} req/s  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms${errors ? `  (${errors} errors)` : ""}`,
  );
}
console.log(`resident memory after the run: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`);
await server.close();
rmSync(dir, { recursive: true, force: true });
