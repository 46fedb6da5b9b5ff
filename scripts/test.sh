#!/usr/bin/env bash
# `npm test`: every suite, in order: typecheck, lint, web build, then Vitest (unit, db, routes, e2e).
# Starts a throwaway PostgreSQL cluster and checks for Chromium first; ends with the plain line
# `N passed, N failed` that CI parses, and exits non-zero on any failure.
# Extra arguments go to Vitest (e.g. `npm test -- src/core`), but the checks still run.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=test/lib.sh
source scripts/test/lib.sh
# shellcheck source=test/pg.sh
source scripts/test/pg.sh

OUT="$ROOT/.test-output"
# One report per run, so two runs in the same checkout do not read each other's; the last one is
# kept as .test-output/vitest.json.
REPORT="$OUT/vitest.$$.json"
mkdir -p "$OUT"

SUMMARY_DONE=0
# Even when the run dies early (no PostgreSQL, Ctrl-C, a broken summary script), CI gets its line.
cleanup() {
  local code=$?
  pg_stop
  if [ -f "$REPORT" ]; then mv -f "$REPORT" "$OUT/vitest.json"; fi
  if [ "$SUMMARY_DONE" -eq 0 ]; then
    printf '\n[test] the run stopped early (exit %s); counting it as a failure\n\n0 passed, 1 failed\n' "$code"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
seconds_since() { echo $(( $(date +%s) - $1 )); }

# --- Environment: PostgreSQL and Chromium. Without them the run cannot be trusted, so stop here. -----
step "environment"
ensure_test_packages
export SCAFFOLD_TEST_CHROMIUM=/usr/bin/chromium
pg_start

CHECKS=()
run_check() {
  local name=$1; shift
  local t0; t0=$(date +%s)
  step "$name"
  "$@"
  local code=$?
  note "$name: $([ "$code" -eq 0 ] && echo ok || echo "FAILED (exit $code)") in $(seconds_since "$t0") s"
  CHECKS+=("$name=$code")
}

# Every step runs even when an earlier one failed, so one run shows every problem.
run_check typecheck npm run --silent typecheck
run_check lint npm run --silent lint
run_check build:web npm run --silent build:web

step "vitest"
t0=$(date +%s)
# The JSON report feeds the summary; the default reporter is for humans. `timeout` keeps a hung run
# from eating CI's budget.
timeout --kill-after=30s "${SCAFFOLD_TEST_TIMEOUT:-45m}" \
  npx --no-install vitest run --reporter=default --reporter=json --outputFile.json="$REPORT" "$@"
VITEST_EXIT=$?
note "vitest exited $VITEST_EXIT in $(seconds_since "$t0") s"

pg_stop
SUMMARY=$(node scripts/test/summary.mjs "$REPORT" "$VITEST_EXIT" "${CHECKS[@]}")
SUMMARY_EXIT=$?
printf '%s\n' "$SUMMARY"
if printf '%s\n' "$SUMMARY" | tail -n 1 | grep -Eq '^[0-9]+ passed, [0-9]+ failed$'; then
  SUMMARY_DONE=1
  exit "$SUMMARY_EXIT"
fi
exit 1
