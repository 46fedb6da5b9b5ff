import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DependencyReport } from "../../core/insights/report.types.js";
import { RT_TSV } from "./sample-exports.js";

const BIN = resolve(import.meta.dirname, "../../../bin/scaffold.mjs");

/** Runs `scaffold …` as a user would, in its own process, with no database configured. */
function scaffold(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? "" }, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin.end();
  });
}

// Each run is a fresh Node process loading TypeScript through tsx: seconds, not milliseconds.
describe("scaffold analyze", { timeout: 30_000 }, () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), "scaffold-analyze-cli-")); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it("writes report.json and a self-contained report.html from an RT export, creating the directory", async () => {
    const file = join(dir, "rt.tsv");
    // A queue name with markup must come out as text, not HTML.
    await writeFile(file, `${RT_TSV}\n5\tLab\tresolved\t<b>Lab & "AV"</b>\tben\tfay@school.org\t2026-02-11 09:00\t2026-02-11 10:00\n`);
    const out = join(dir, "out", "nested");
    const run = await scaffold(["analyze", file, "--out", out]);
    expect(run.stderr).not.toContain("error");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Request Tracker: read 5 of 5 rows");

    const report = JSON.parse(await readFile(join(out, "report.json"), "utf8")) as DependencyReport;
    // Helpers ana 2, ben 2: the top ceil(0.4) = 1 did half; no inequality.
    expect(report.helpers).toMatchObject({ n: 2, top20Share: 0.5, gini: 0 });
    expect(report.requesters).toMatchObject({ n: 4, top20Share: 0.4 });
    expect(report.topics.find((t) => t.topic === '<b>Lab & "AV"</b>')).toEqual({ topic: '<b>Lab & "AV"</b>', busFactor: 1, resolutions: 1 });

    const html = await readFile(join(out, "report.html"), "utf8");
    expect((await stat(join(out, "report.html"))).size).toBeGreaterThan(1000);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toContain("<b>Lab");
    expect(html).toContain("&lt;b&gt;Lab &amp; &quot;AV&quot;&lt;/b&gt;");
    expect(html).toContain("<svg");
    expect(html).toContain('name="viewport"');
  });

  it("lists unreadable rows by line and exits 2, still writing the report", async () => {
    const file = join(dir, "bad.tsv");
    await writeFile(file, `${RT_TSV}\n6\tBroken\topen\tAV\n7\tLate\topen\tAV\tana\tbob@school.org\tsoon\tNot set\n`);
    const run = await scaffold(["analyze", file, "--out", join(dir, "bad-out")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("line 6: expected 8 fields, found 4");
    expect(run.stderr).toContain('line 7: created: can\'t read the date "soon"');
    await expect(stat(join(dir, "bad-out", "report.json"))).resolves.toBeTruthy();
  });

  it("exits 1 naming the missing column of a wrong mapping, and writes nothing", async () => {
    const file = join(dir, "rt-wrong.tsv");
    await writeFile(file, RT_TSV);
    const run = await scaffold(["analyze", file, "--map", "helper=Agent", "--out", join(dir, "wrong-out")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('has no column "Agent" (from --map helper=Agent)');
    await expect(stat(join(dir, "wrong-out"))).rejects.toThrow();
  });
});
