import { defineConfig } from "vitest/config";

/**
 * Two projects, run one after the other (sequence.groupOrder):
 * - unit: pure, use-case, repository (`*.db.test.ts`, SQLite + PostgreSQL) and route (`*.routes.test.ts`) tests,
 *   two forks for two cores;
 * - e2e: real Chromium against an in-process server, one file at a time, since each file runs a
 *   browser and a server and two at once overload a 2-core machine.
 * Run everything through `npm test`: it starts PostgreSQL and sets SCAFFOLD_TEST_PG_URL / SCAFFOLD_TEST_CHROMIUM.
 */
export default defineConfig({
  test: {
    environment: "node",
    pool: "forks",
    teardownTimeout: 10_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          maxWorkers: 2,
          testTimeout: 15_000,
          hookTimeout: 30_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["e2e/**/*.spec.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
