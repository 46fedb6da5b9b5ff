#!/usr/bin/env bash
# Stops and deletes a throwaway PostgreSQL cluster once the test run that owns it is gone, even when
# that run was killed with SIGKILL and its EXIT trap never ran. Started by pg.sh in its own session
# (setsid), so killing the run's process group does not take it along. Exits as soon as the cluster
# directory disappears (the normal cleanup path).
# Usage: pg-watchdog.sh OWNER_PID CLUSTER_DIR PG_BIN
owner=$1 dir=$2 bin=$3
while [ -d "$dir" ] && kill -0 "$owner" 2>/dev/null; do sleep 1; done
[ -d "$dir" ] || exit 0
if [ -f "$dir/data/postmaster.pid" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$bin/pg_ctl" stop -D "$dir/data" -m immediate -w -t 30 || kill -9 "$(head -n 1 "$dir/data/postmaster.pid")"
  else
    "$bin/pg_ctl" stop -D "$dir/data" -m immediate -w -t 30 || kill -9 "$(head -n 1 "$dir/data/postmaster.pid")"
  fi
fi
rm -rf "$dir"
