#!/usr/bin/env bash
# Load benchmark of the foundation (issue 2), all in one run on this machine:
#  (a) careers job page and job-board list API against a trivial endpoint of the same app (/health/live);
#  (b) applications/s with a 100 KB PDF resume, sustained, on SQLite and on PostgreSQL, then a check that
#      every acknowledged application is in the database.
# Needs wrk (apt-get install wrk) and, for (b) on PostgreSQL, initdb (apt-get install postgresql).
# Usage: bench/load/run.sh [seconds-for-(b), default 60]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-60}
port=5080
url="http://127.0.0.1:$port"
work=$(mktemp -d /tmp/openhire-bench.XXXXXX)
chmod 755 "$work"   # the postgres user must reach its data folder inside
out=bench/load/results.txt
: > "$out"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }

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

demo_key() { dotnet "$work/app/OpenHire.dll" api-key create --org demo --name bench "$@" | tail -1; }

# The data generator: 40 more published jobs beside the demo one, so the lists are not trivially short.
generate_jobs() { # key
  local seed; seed=$(curl -sf -H "Authorization: Bearer $1" "$url/api/v1/jobs?limit=1" | python3 -c 'import json,sys; j=json.load(sys.stdin)["items"][0]; [j.pop(k) for k in ("id","status","created_at","updated_at","published_at","closed_at")]; print(json.dumps(j))')
  for i in $(seq 1 40); do
    local body; body=$(python3 -c 'import json,sys; j=json.loads(sys.argv[1]); j["title"]=j["title"]+" "+sys.argv[2]; print(json.dumps(j))' "$seed" "$i")
    local id; id=$(curl -sf -H "Authorization: Bearer $1" -H 'Content-Type: application/json' -d "$body" "$url/api/v1/jobs" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    curl -sf -X POST -H "Authorization: Bearer $1" "$url/api/v1/jobs/$id/publish" >/dev/null
  done
}

rps() { # label path
  local result; result=$(wrk -t2 -c32 -d15s --latency "$url$2")
  local non2xx; non2xx=$(echo "$result" | awk '/Non-2xx/ {print $NF}')
  [ -z "$non2xx" ] || { echo "$1: $non2xx non-2xx answers" >&2; exit 1; }
  echo "$result" | awk '/Requests\/sec/ {print $2}'
}

count_applications() { # key job-id
  python3 - "$url" "$1" "$2" <<'PY'
import json, sys, urllib.request
url, key, job = sys.argv[1:]
count, cursor = 0, None
while True:
    q = f"{url}/api/v1/jobs/{job}/applications?limit=100" + (f"&cursor={cursor}" if cursor else "")
    page = json.load(urllib.request.urlopen(urllib.request.Request(q, headers={"Authorization": f"Bearer {key}"})))
    count += len(page["items"]); cursor = page["next_cursor"]
    if not cursor: break
print(count)
PY
}

apply_load() { # label key
  local job; job=$(curl -sf "$url/api/v1/job-board/demo/jobs?q=Senior&limit=100" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][-1]["id"])')
  local result; result=$(ACCEPTED_FILE="$work/accepted" wrk -t2 -c16 -d"${duration}s" --latency -s bench/load/apply.lua "$url/api/v1/job-board/demo/jobs/$job/applications")
  local accepted; accepted=$(cat "$work/accepted")
  local stored; stored=$(count_applications "$2" "$job")
  local p99; p99=$(echo "$result" | awk '$1 == "99%" {print $2}')
  local rate; rate=$(echo "$result" | awk '/Requests\/sec/ {print $2}')
  echo "$1: $rate applications/s over ${duration}s, p99 $p99, accepted $accepted, stored $stored, $(echo "$result" | grep -E '^accepted')" | tee -a "$out"
  # Requests still in flight when wrk stops are stored but not counted as acknowledged.
  [ "$stored" -ge "$accepted" ] && [ "$stored" -le $((accepted + 16)) ] || { echo "$1: $accepted acknowledged but $stored stored" >&2; exit 1; }
}

echo "== SQLite: public pages against a trivial endpoint" | tee -a "$out"
start_app Sqlite "" "$work/sqlite"
key=$(demo_key --DataDirectory="$work/sqlite")
generate_jobs "$key"
job=$(curl -sf "$url/api/v1/job-board/demo/jobs?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
trivial=$(rps trivial /health/live)
page=$(rps page "/careers/demo/jobs/$job")
list=$(rps list /api/v1/job-board/demo/jobs)
python3 - "$trivial" "$page" "$list" <<'PY' | tee -a "$out"
import sys
trivial, page, lst = map(float, sys.argv[1:])
print(f"trivial /health/live: {trivial:.0f} req/s")
print(f"careers job page:     {page:.0f} req/s  ratio {page/trivial:.2f}")
print(f"job-board list API:   {lst:.0f} req/s  ratio {lst/trivial:.2f}")
PY
echo "== Applications with a 100 KB PDF" | tee -a "$out"
apply_load SQLite "$key"
stop_app

if pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)") && [ -x "$pg_bin/initdb" ]; then
  pgdir="$work/pg"; mkdir -p "$pgdir"
  run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [ "$(id -u)" = 0 ] && chown postgres "$pgdir"
  run_pg "$pg_bin/initdb" -D "$pgdir/data" -U postgres -A trust >/dev/null
  # Durable settings (fsync on), as a real deployment runs.
  run_pg "$pg_bin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w start -o "-p 54331 -k $pgdir -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null
  pg_stop() { run_pg "$pg_bin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1 || true; }
  pg="Host=127.0.0.1;Port=54331;Username=postgres;Database=postgres"
  start_app Postgres "$pg" "$work/postgres"
  key=$(demo_key --Database:Provider=Postgres --Database:ConnectionString="$pg" --DataDirectory="$work/postgres")
  apply_load PostgreSQL "$key"
  stop_app
else
  echo "PostgreSQL is not installed: skipped its run" | tee -a "$out"
fi
echo "Results in $out"
