#!/usr/bin/env bash
# Kanban benchmark (issue 5): the board of a job with 2,000 applications renders in < 1 s and a
# stage move round-trips in < 100 ms. Publishes OpenHire in Release, starts it with --demo on
# SQLite (then on PostgreSQL when initdb is installed), fills the demo job with 2,000 applications
# spread over its stages through the API, and times the board page and stage moves with
# bench/kanban/measure.py (keep-alive connections, one request at a time).
# Usage: bench/kanban/run.sh [applications, default 2000]
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-2000}
port=5082
url="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/openhire-kanban.XXXXXX)
chmod 755 "$work"   # the postgres user must reach its data folder inside
out=bench/kanban/results.txt
: > "$out"

dotnet publish src/OpenHire -c Release -o "$work/app" -nologo -v quiet >/dev/null
app_pid=""
stop_app() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true; app_pid=""; }
pg_stop() { :; }
trap 'stop_app; pg_stop; rm -rf "$work"' EXIT

start_app() { # provider connection-string data-dir
  local args=(--Urls="$url" --DataDirectory="$3" --Database:Provider="$1" --Logging:LogLevel:Default=Warning)
  [ -n "$2" ] && args+=(--Database:ConnectionString="$2")
  if [ "$1" = Postgres ]; then dotnet "$work/app/OpenHire.dll" migrate "${args[@]}" >/dev/null; fi
  dotnet "$work/app/OpenHire.dll" --demo "${args[@]}" > "$3.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 60); do curl -sf "$url/health/ready" >/dev/null && return 0; sleep 1; done
  echo "OpenHire did not start; see $3.log" >&2; exit 1
}

measure() { # label key
  echo "== $1, $count applications" | tee -a "$out"
  /usr/bin/python3 bench/kanban/measure.py "$url" "$2" "$count" | tee -a "$out"
}

start_app Sqlite "" "$work/sqlite"
key=$(dotnet "$work/app/OpenHire.dll" api-key create --org demo --name bench --DataDirectory="$work/sqlite" | tail -1)
measure SQLite "$key"
stop_app

if pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)") && [ -x "$pg_bin/initdb" ]; then
  pgdir="$work/pg"; mkdir -p "$pgdir"
  run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [ "$(id -u)" = 0 ] && chown postgres "$pgdir"
  run_pg "$pg_bin/initdb" -D "$pgdir/data" -U postgres -A trust >/dev/null
  # Durable settings (fsync on), as a real deployment runs.
  run_pg "$pg_bin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w start -o "-p 54332 -k $pgdir -c listen_addresses=127.0.0.1" >/dev/null
  pg_stop() { run_pg "$pg_bin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1 || true; }
  pg="Host=127.0.0.1;Port=54332;Username=postgres;Database=postgres"
  start_app Postgres "$pg" "$work/postgres"
  key=$(dotnet "$work/app/OpenHire.dll" api-key create --org demo --name bench --Database:Provider=Postgres --Database:ConnectionString="$pg" --DataDirectory="$work/postgres" | tail -1)
  measure PostgreSQL "$key"
  stop_app
else
  echo "PostgreSQL is not installed: skipped its run" | tee -a "$out"
fi
echo "Results in $out"
