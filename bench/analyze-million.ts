/**
 * `npm run bench:analyze`: generates a 1,000,000-row help-desk export (streamed to a temp dir), runs the
 * real `scaffold analyze` on it as a child process under `/usr/bin/time -v`, prints the wall time and
 * peak resident memory, and deletes the file. ROWS=… overrides the row count.
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { once } from "node:events";

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const BIN = resolve(import.meta.dirname, "../bin/scaffold.mjs");
const DAY = 24 * 60 * 60 * 1000;
const START = Date.UTC(2024, 8, 1);

/** A small deterministic generator (mulberry32), so every run analyzes the same file. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Skewed picks (a few people do most of the work): index = n · u³. */
const skewed = (next: () => number, n: number) => Math.floor(n * next() ** 3);
const stamp = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace("T", " ");

async function generate(file: string): Promise<void> {
  const next = random(2026);
  const out = createWriteStream(file);
  out.write("requester,helper,topic,created,resolved,mode,nature\n");
  const modes = ["guide", "idea", "do"];
  for (let row = 0; row < ROWS; row += 1) {
    const created = START + Math.floor(next() * 540 * DAY);
    const resolved = next() < 0.9 ? stamp(created + Math.floor(next() * 5 * DAY)) : "";
    const helper = next() < 0.05 ? "" : `helper${skewed(next, 300)}`;
    const line = `person${skewed(next, 20_000)}@school.example,${helper},topic ${skewed(next, 60)},${stamp(created)},${resolved},${modes[Math.floor(next() * 3)]},${next() < 0.7 ? "learnable" : "specialist"}\n`;
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

function run(command: string, args: string[]): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

const dir = await mkdtemp(join(tmpdir(), "scaffold-bench-analyze-"));
try {
  const file = join(dir, "million.csv");
  const generating = performance.now();
  await generate(file);
  const size = (await stat(file)).size;
  console.log(`generated ${ROWS.toLocaleString("en")} rows (${(size / 1e6).toFixed(1)} MB) in ${((performance.now() - generating) / 1000).toFixed(1)} s`);

  const timed = existsSync("/usr/bin/time");
  const args = [BIN, "analyze", file, "--out", join(dir, "out")];
  const started = performance.now();
  const result = timed ? await run("/usr/bin/time", ["-v", process.execPath, ...args]) : await run(process.execPath, args);
  const seconds = (performance.now() - started) / 1000;
  if (result.code !== 0) throw new Error(`scaffold analyze exited ${result.code}:\n${result.stderr}`);
  const peakKb = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
  const report = JSON.parse(await readFile(join(dir, "out", "report.json"), "utf8")) as { helpers: { n: number; top20Share: number }; monthly: unknown[] };
  console.log(result.stdout.trim());
  console.log(`analyze: ${seconds.toFixed(1)} s wall, peak RSS ${peakKb ? `${(Number(peakKb) / 1024).toFixed(0)} MB` : "unknown (no /usr/bin/time)"}`);
  console.log(`report: ${report.helpers.n} helpers, top 20% share ${(report.helpers.top20Share * 100).toFixed(1)}%, ${report.monthly.length} months`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
