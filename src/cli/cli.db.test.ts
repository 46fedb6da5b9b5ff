import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestContext, DIALECTS, type TestContext } from "../db/testing/test-databases.js";

const BIN = resolve(import.meta.dirname, "../../bin/scaffold.mjs");

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `scaffold …` as a user would, in its own process, with stdin piped (not a terminal). */
function scaffold(args: string[], env: Record<string, string>, stdin = ""): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH ?? "", ...env }, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe("scaffold with a bad environment", () => {
  it("exits 1 listing every configuration problem", async () => {
    const run = await scaffold(["migrate"], { DATABASE_URL: "mysql://db", PORT: "many" });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("PORT must be a whole number");
    expect(run.stderr).toContain("DATABASE_URL must be sqlite:PATH or postgres://");
  });
});

for (const dialect of DIALECTS) {
  // Each command is a fresh Node process loading TypeScript through tsx: seconds, not milliseconds.
  describe(`scaffold on ${dialect}`, { timeout: 30_000 }, () => {
    let t: TestContext;
    let dir: string;
    let env: Record<string, string>;
    beforeEach(async () => {
      dir = await mkdtemp(join(tmpdir(), "scaffold-cli-"));
      t = await createTestContext(dialect);
      env = { DATABASE_URL: dialect === "sqlite" ? `sqlite:${join(dir, "cli.db")}` : t.ctx.config.databaseUrl, SCAFFOLD_DEMO: "0" };
    });
    afterEach(async () => {
      await t.close();
      await rm(dir, { recursive: true, force: true });
    });

    it("seeds the demo school once, then says there is nothing to do", async () => {
      const first = await scaffold(["seed"], env);
      expect(first).toMatchObject({ code: 0, stdout: expect.stringContaining("seeded 2 campuses, 24 topics and 150 people") });
      expect(first.stdout).toContain("admin@riverside.example");
      const second = await scaffold(["seed"], env);
      expect(second).toMatchObject({ code: 0, stdout: expect.stringContaining("nothing to do") });
    });

    it("imports the good rows of a file, lists the bad ones by line and exits 2", async () => {
      const file = join(dir, "people.csv");
      await writeFile(file, "name,email,kind,roles\nAda Lovelace,ada@school.example,teacher,helper\nBob,bob@school.example,robot,\n");
      const run = await scaffold(["import", "people", file], env);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('line 3: unknown kind "robot"');
      expect(run.stdout).toContain("imported 1, failed 1");

      const topics = join(dir, "topics.jsonl");
      await writeFile(topics, '{"name":"Headphones","parent":"Audio"}\n{"name":"Audio"}\n');
      expect(await scaffold(["import", "topics", topics], env)).toMatchObject({ code: 0, stdout: expect.stringContaining("imported 2, failed 0") });
    });

    it("adds an admin without a password off a terminal, then sets one from stdin and makes a token", async () => {
      const add = await scaffold(["user", "add", "--email", "Head@School.example", "--name", "Head Admin", "--role", "admin"], env);
      expect(add.code).toBe(0);
      expect(add.stdout).toContain("no password given");
      const set = await scaffold(["user", "set-password", "--email", "head@school.example"], env, "a-long-enough-password\n");
      expect(set).toMatchObject({ code: 0, stdout: "password set for head@school.example\n" });
      const token = await scaffold(["user", "token", "--email", "head@school.example", "--name", "laptop"], env);
      expect(token.code).toBe(0);
      expect(token.stdout).toMatch(/^scf_[\w-]{40,}\n$/);
      const unknown = await scaffold(["user", "token", "--email", "nobody@school.example"], env);
      expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining("nobody@school.example") });
    });
  });
}
