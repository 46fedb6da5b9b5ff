# A throwaway PostgreSQL cluster for one test run. Source it, then call pg_start / pg_stop.
# shellcheck shell=bash
# Needs lib.sh sourced first. Never touches the system's `main` cluster.

PG_TMP=""
PG_BIN=""
PG_PORT=""

# Runs a command as the cluster owner: `postgres` when we are root (initdb refuses root), else ourselves.
__pg_as_owner() {
  if is_root; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

__port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Starts the cluster and exports SCAFFOLD_TEST_PG_URL. Call pg_stop from an EXIT trap.
pg_start() {
  PG_BIN=$(find_pg_bin) || die "PostgreSQL server binaries not found; install 'postgresql'."
  if is_root; then
    id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' system user (created by the Debian 'postgresql' package)"
  fi
  # As root the cluster runs as `postgres`, which must reach the directory: use /tmp, not a private $TMPDIR.
  local base="${TMPDIR:-/tmp}"
  if is_root; then base=/tmp; fi
  PG_TMP=$(mktemp -d "$base/scaffold-pg.XXXXXX")
  mkdir -p "$PG_TMP/data" "$PG_TMP/socket"
  if is_root; then chown -R postgres: "$PG_TMP"; fi
  # Cleans up if this run dies without running its EXIT trap (SIGKILL, a killed process group).
  setsid bash "$(dirname "${BASH_SOURCE[0]}")/pg-watchdog.sh" "$$" "$PG_TMP" "$PG_BIN" </dev/null >/dev/null 2>&1 &

  local started
  started=$(date +%s%N)
  if ! __pg_as_owner "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
      --no-instructions >"$PG_TMP/initdb.log" 2>&1; then
    cat "$PG_TMP/initdb.log" >&2
    die "initdb failed"
  fi

  local port="${SCAFFOLD_TEST_PG_PORT:-55432}" tries=0
  while :; do
    tries=$((tries + 1))
    [ "$tries" -le 50 ] || die "no free port for PostgreSQL found from ${SCAFFOLD_TEST_PG_PORT:-55432} upward"
    if __port_in_use "$port"; then port=$((port + 1)); continue; fi
    if __pg_as_owner "$PG_BIN/pg_ctl" start -D "$PG_TMP/data" -w -t 60 -l "$PG_TMP/server.log" \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $PG_TMP/socket -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=64MB" \
        >"$PG_TMP/pg_ctl.log" 2>&1; then
      break
    fi
    # A lost race for the port shows up as "could not bind"; anything else is a real failure.
    if grep -q -i "could not bind\|address already in use" "$PG_TMP/server.log" 2>/dev/null; then
      port=$((port + 1)); continue
    fi
    cat "$PG_TMP/pg_ctl.log" "$PG_TMP/server.log" >&2 2>/dev/null
    die "pg_ctl start failed"
  done
  PG_PORT=$port
  export SCAFFOLD_TEST_PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  note "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') up on 127.0.0.1:$PG_PORT in $(( ($(date +%s%N) - started) / 1000000 )) ms (data in $PG_TMP)"
}

# Stops and deletes the cluster; safe to call twice or when it never started.
pg_stop() {
  [ -n "$PG_TMP" ] || return 0
  if [ -f "$PG_TMP/data/postmaster.pid" ]; then
    __pg_as_owner "$PG_BIN/pg_ctl" stop -D "$PG_TMP/data" -m immediate -w -t 30 >/dev/null 2>&1 \
      || {
        note "pg_ctl stop failed; killing the postmaster"
        kill -9 "$(head -n 1 "$PG_TMP/data/postmaster.pid" 2>/dev/null)" 2>/dev/null || true
      }
  fi
  rm -rf "$PG_TMP"
  PG_TMP=""
}
