# Shared helpers for scripts/test.sh and .ci/run. Source it; do not execute it.
# shellcheck shell=bash

# Prints a message on stderr, prefixed so it stands out among tool output.
note() { printf '[test] %s\n' "$*" >&2; }
die() { printf '[test] ERROR: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

# apt-get update runs at most once per shell, however many packages are missing.
__APT_UPDATED=0
# Installs Debian packages when running as root; otherwise fails naming what to install.
apt_install() {
  if ! is_root; then
    die "missing system packages: $*. Install them first: sudo apt-get install -y --no-install-recommends $*"
  fi
  export DEBIAN_FRONTEND=noninteractive
  if [ "$__APT_UPDATED" -eq 0 ]; then
    note "apt-get update"
    apt-get update </dev/null || die "apt-get update failed"
    __APT_UPDATED=1
  fi
  note "apt-get install $*"
  apt-get install -y --no-install-recommends -o DPkg::Lock::Timeout=300 "$@" </dev/null || die "apt-get install $* failed"
}

# Directory holding initdb/pg_ctl: $SCAFFOLD_PG_BIN, else the newest /usr/lib/postgresql/*/bin, else PATH.
find_pg_bin() {
  if [ -n "${SCAFFOLD_PG_BIN:-}" ] && [ -x "$SCAFFOLD_PG_BIN/initdb" ]; then echo "$SCAFFOLD_PG_BIN"; return 0; fi
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

# Missing Debian packages for the test run (names on stdout, space-separated).
missing_test_packages() {
  local missing=()
  find_pg_bin >/dev/null || missing+=(postgresql)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  echo "${missing[*]:-}"
}

# Installs whatever of postgresql/chromium is missing, with a single apt-get update.
ensure_test_packages() {
  local missing
  missing=$(missing_test_packages)
  if [ -n "$missing" ]; then
    # shellcheck disable=SC2086
    apt_install $missing
  fi
  find_pg_bin >/dev/null || die "PostgreSQL server binaries (initdb, pg_ctl) not found. Install the Debian package 'postgresql' (or set SCAFFOLD_PG_BIN)."
  [ -x /usr/bin/chromium ] || die "/usr/bin/chromium not found. Install the Debian package 'chromium'."
}
