// Prints the closing `N passed, N failed` line that CI parses, and exits non-zero on any failure.
// Usage: node scripts/test/summary.mjs <vitest-json> <vitest-exit-code> [check=exitcode ...]
// Each check (typecheck, lint, ...) counts as one test. A Vitest crash, a missing or unreadable report,
// a file that failed outside any test, or zero tests found each count as one failure.
import { readFileSync } from "node:fs";

const [jsonPath, vitestExitRaw, ...checkArgs] = process.argv.slice(2);
let passed = 0;
let failed = 0;
const problems = [];

for (const arg of checkArgs) {
  const eq = arg.lastIndexOf("=");
  const name = arg.slice(0, eq);
  const code = Number(arg.slice(eq + 1));
  if (code === 0) passed += 1;
  else {
    failed += 1;
    problems.push(`${name} failed (exit ${arg.slice(eq + 1)})`);
  }
}

const vitestExit = Number(vitestExitRaw);
let report = null;
try {
  report = JSON.parse(readFileSync(jsonPath, "utf8"));
} catch (error) {
  problems.push(`vitest produced no readable JSON report at ${jsonPath} (${error.code ?? error.message}); exit ${vitestExitRaw}`);
}

if (report === null) {
  failed += 1;
} else {
  const numPassed = Number(report.numPassedTests) || 0;
  const numFailed = Number(report.numFailedTests) || 0;
  const numTotal = Number(report.numTotalTests) || 0;
  passed += numPassed;
  failed += numFailed;
  // Files that failed without a failing test: import errors, a throwing beforeAll, a missing environment.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === "failed" && !(file.assertionResults ?? []).some((t) => t.status === "failed"),
  );
  for (const file of brokenFiles) {
    failed += 1;
    const message = String(file.message ?? "").split("\n")[0];
    problems.push(`test file failed outside any test: ${file.name}${message ? ` — ${message}` : ""}`);
  }
  const numSkipped = numTotal - numPassed - numFailed;
  if (numPassed + numFailed === 0) {
    failed += 1;
    problems.push(numTotal === 0 ? "vitest found zero tests" : `vitest ran zero tests (${numTotal} skipped or todo)`);
  } else if (numSkipped > 0) {
    console.log(`\nNote: ${numSkipped} test(s) skipped or todo.`);
  }
  if (vitestExit !== 0 && numFailed === 0 && brokenFiles.length === 0 && numPassed + numFailed !== 0) {
    failed += 1;
    problems.push(`vitest exited with code ${vitestExitRaw} although no test failed (unhandled error or crash; see output above)`);
  }
}

if (problems.length > 0) {
  console.log("");
  console.log("Failed steps (test failures are listed above):");
  for (const p of problems) console.log(`  - ${p}`);
}
console.log("");
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
