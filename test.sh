#!/usr/bin/env bash
# Runs every test of OpenHire: the .NET tests (with a real browser) and the offline checks of
# deploy/. On Debian/Ubuntu as root it installs what the tests need (PostgreSQL, RabbitMQ, Redis,
# Chromium, aiosmtpd, promtool, Node.js) with apt; it starts a throwaway PostgreSQL, RabbitMQ node,
# Redis and S3-compatible server (s3rver, from npm) and stops them afterwards. Set
# OPENHIRE_TEST_POSTGRES, OPENHIRE_TEST_REDIS or OPENHIRE_TEST_S3 to use servers of your own instead;
# OPENHIRE_TEST_PG_PORT, OPENHIRE_TEST_AMQP_PORT, OPENHIRE_TEST_REDIS_PORT and OPENHIRE_TEST_S3_PORT choose ports.
set -euo pipefail
cd "$(dirname "$0")"

# Whatever the script starts is stopped on exit, in reverse order.
cleanups=()
cleanup() { for ((i=${#cleanups[@]}-1; i>=0; i--)); do eval "${cleanups[i]}" || true; done; }
trap cleanup EXIT

need_apt() { ! command -v "$1" >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/"$1" >/dev/null 2>&1; }

# The deploy checks need promtool (Debian's prometheus) and Node.js with npm; the Redis tests redis-server.
for tool in promtool:prometheus node:nodejs npm:npm redis-server:redis-server; do
  if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "Installing ${tool#*:} with apt..."
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${tool#*:}" >/dev/null
    else
      echo "${tool%%:*} is missing: apt-get install ${tool#*:}" >&2
      exit 1
    fi
  fi
done

# The SMTP tests talk to a real SMTP server: Debian's aiosmtpd, started by the tests themselves.
if ! /usr/bin/python3 -c 'import aiosmtpd' 2>/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing python3-aiosmtpd with apt..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-aiosmtpd >/dev/null
  else
    echo "python3-aiosmtpd is missing: apt-get install python3-aiosmtpd" >&2
    exit 1
  fi
fi

# The browser tests drive Debian's Chromium with Playwright, which must never download a browser of its own.
if [ -z "${OPENHIRE_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Chromium with apt..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "Chromium is missing: apt-get install chromium, or set OPENHIRE_CHROMIUM to a Chromium executable." >&2
    exit 1
  fi
fi
export OPENHIRE_CHROMIUM=${OPENHIRE_CHROMIUM:-$(command -v chromium)}
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# Servers started below are stopped on exit, in reverse order.

if [ -z "${OPENHIRE_TEST_POSTGRES:-}" ]; then
  if need_apt initdb; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      echo "Installing PostgreSQL with apt..."
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    else
      echo "PostgreSQL is missing: install it (apt-get install postgresql) or set OPENHIRE_TEST_POSTGRES." >&2
      exit 1
    fi
  fi
  bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1 || command -v initdb)")
  pgdir=$(mktemp -d /tmp/openhire-pg.XXXXXX)
  port=${OPENHIRE_TEST_PG_PORT:-54329}
  run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [ "$(id -u)" = 0 ] && chown postgres "$pgdir"
  run_pg "$bin/initdb" -D "$pgdir/data" -U postgres -A trust >/dev/null
  # A test server: speed over durability, room for the concurrency tests' connections.
  run_pg "$bin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w start \
    -o "-p $port -k $pgdir -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
  cleanups+=('run_pg "$bin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir"')
  export OPENHIRE_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Maximum Pool Size=200"
fi

# The RabbitMQ tests run against a throwaway node of Debian's rabbitmq-server on its own ports and
# data directory; they stop and start it through OPENHIRE_TEST_RABBITMQCTL.
if [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing RabbitMQ with apt..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
  else
    echo "RabbitMQ is missing: apt-get install rabbitmq-server" >&2
    exit 1
  fi
fi
rabbitdir=$(mktemp -d /tmp/openhire-rabbitmq.XXXXXX)
cleanups+=('tools/rabbitmq-test-node.sh stop "$rabbitdir"; rm -rf "$rabbitdir"')
OPENHIRE_TEST_RABBITMQ=$(tools/rabbitmq-test-node.sh start "$rabbitdir" "${OPENHIRE_TEST_AMQP_PORT:-56720}")
export OPENHIRE_TEST_RABBITMQ
export OPENHIRE_TEST_RABBITMQCTL=$rabbitdir/ctl

# A throwaway Redis: in memory only, on its own port, no persistence.
if [ -z "${OPENHIRE_TEST_REDIS:-}" ]; then
  redis_port=${OPENHIRE_TEST_REDIS_PORT:-63790}
  redis_dir=$(mktemp -d /tmp/openhire-redis.XXXXXX)
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$redis_dir" \
    --daemonize yes --pidfile "$redis_dir/redis.pid" --logfile "$redis_dir/log"
  cleanups+=('kill "$(cat "$redis_dir/redis.pid")" 2>/dev/null; rm -rf "$redis_dir"')
  for _ in $(seq 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done
  export OPENHIRE_TEST_REDIS="127.0.0.1:$redis_port"
fi

# A throwaway S3-compatible server (s3rver, pinned in tests/servers/s3rver) with the tests' bucket.
if [ -z "${OPENHIRE_TEST_S3:-}" ]; then
  npm ci --prefix tests/servers/s3rver --silent --no-audit --no-fund
  s3_port=${OPENHIRE_TEST_S3_PORT:-45690}
  s3_dir=$(mktemp -d /tmp/openhire-s3.XXXXXX)
  # s3rver signs listing continuation tokens with a cipher OpenSSL 3 only offers through its legacy provider.
  NODE_OPTIONS=--openssl-legacy-provider tests/servers/s3rver/node_modules/.bin/s3rver -d "$s3_dir" -a 127.0.0.1 -p "$s3_port" --silent \
    --no-vhost-buckets --configure-bucket openhire-test >"$s3_dir.log" 2>&1 &
  s3_pid=$!
  cleanups+=('kill "$s3_pid" 2>/dev/null; rm -rf "$s3_dir" "$s3_dir.log"')
  for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$s3_port/" && break; sleep 0.1; done
  # s3rver accepts only its own fixed credentials.
  export OPENHIRE_TEST_S3="http://127.0.0.1:$s3_port" OPENHIRE_TEST_S3_BUCKET=openhire-test \
    OPENHIRE_TEST_S3_ACCESS_KEY=S3RVER OPENHIRE_TEST_S3_SECRET_KEY=S3RVER
fi

# Official schemas the tests validate output against (JSON Resume), pinned by package-lock.json.
npm ci --prefix tests/OpenHire.Tests/schemas --silent --no-audit --no-fund

dotnet tool restore >/dev/null
dotnet build OpenHire.slnx -nologo -v quiet
# Every model change needs a migration for each provider.
for context in SqliteAppDbContext PostgresAppDbContext; do
  dotnet ef migrations has-pending-model-changes --project src/OpenHire --context "$context" --no-build >/dev/null \
    || { echo "The model changed without a migration for $context: add one with dotnet ef migrations add." >&2; exit 1; }
done

log=$(mktemp)
deploy_log=$(mktemp)
status=0
dotnet test OpenHire.slnx --no-build -nologo 2>&1 | tee "$log" || status=$?

# Offline checks of deploy/: Kubernetes objects against the API schemas, compose, the CI
# workflow, the Dockerfile, alert rules (promtool) and the dashboard. Readable output here, TAP
# counted into the total below.
echo "Deploy checks (deploy/checks):"
(cd deploy/checks && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
(cd deploy/checks && node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$deploy_log" ./*.test.mjs) || status=$?

passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
passed=$((passed + $(awk '/^# pass /{n=$3} END {print n+0}' "$deploy_log")))
failed=$((failed + $(awk '/^# fail /{n=$3} END {print n+0}' "$deploy_log")))
echo "$passed passed, $failed failed"
rm -f "$log" "$deploy_log"
exit $status
