import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/** The import graph is the architecture: the lint rule must refuse framework and outer-layer imports in core. */
describe("layer rule", () => {
  const eslint = new ESLint();
  const lint = async (code: string, filePath: string) => (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.ruleId);

  it("refuses frameworks, drivers, I/O and outer layers in src/core", async () => {
    for (const source of ['import Fastify from "fastify";', 'import { Kysely } from "kysely";', 'import fs from "node:fs";', 'import { openDatabase } from "../../db/dialect.js";']) {
      expect(await lint(`${source}\nexport const x = 1;\n`, "src/core/people/probe.ts")).toContain("no-restricted-imports");
    }
  }, 30_000);

  it("allows core to import core", async () => {
    expect(await lint('import { AppError } from "../shared/errors.js";\nexport const x = AppError;\n', "src/core/people/probe.ts")).toEqual([]);
  }, 30_000);
});
