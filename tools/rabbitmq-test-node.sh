#!/usr/bin/env bash
# Starts a throwaway RabbitMQ node (Debian's rabbitmq-server) for the tests, on its own ports and
# in its own directory, and writes DIR/ctl: rabbitmqctl for that node (the tests use it to stop and
# start the broker). No plugins, so nothing needs the network.
#   tools/rabbitmq-test-node.sh start DIR AMQP_PORT    prints the AMQP URL
#   tools/rabbitmq-test-node.sh stop DIR
set -euo pipefail
command=$1 dir=$2
bin=/usr/lib/rabbitmq/bin

if [ "$command" = stop ]; then
  [ -x "$dir/ctl" ] && "$dir/ctl" shutdown >/dev/null 2>&1 || true
  # epmd was started for this node alone, on its own port.
  [ -f "$dir/env" ] && (. "$dir/env"; epmd -port "$ERL_EPMD_PORT" -kill >/dev/null 2>&1 || true)
  exit 0
fi

port=$3
mkdir -p "$dir/mnesia" "$dir/log" "$dir/home"
cat > "$dir/env" <<ENV
export HOME=$dir/home
export RABBITMQ_NODENAME=openhire-test-$port@localhost
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT=$port
export ERL_EPMD_PORT=$((port + 1))
export RABBITMQ_DIST_PORT=$((port + 2))
export RABBITMQ_CTL_DIST_PORT_MIN=$((port + 3))
export RABBITMQ_CTL_DIST_PORT_MAX=$((port + 9))
export ERL_CRASH_DUMP=$dir/erl_crash.dump
export RABBITMQ_MNESIA_BASE=$dir/mnesia
export RABBITMQ_LOG_BASE=$dir/log
export RABBITMQ_PID_FILE=$dir/rabbit.pid
export RABBITMQ_ENABLED_PLUGINS_FILE=$dir/enabled_plugins
export RABBITMQ_CONFIG_FILE=$dir/rabbitmq
export RABBITMQ_ADVANCED_CONFIG_FILE=$dir/advanced.config
export RABBITMQ_CONF_ENV_FILE=$dir/rabbitmq-env.conf
ENV
echo "[]." > "$dir/enabled_plugins"
echo "[]." > "$dir/advanced.config"
: > "$dir/rabbitmq-env.conf"
# A test broker: no disk alarm on a nearly full /tmp.
printf 'disk_free_limit.absolute = 10MB\n' > "$dir/rabbitmq.conf"
printf '#!/usr/bin/env bash\n. %s/env\nexec %s/rabbitmqctl "$@"\n' "$dir" "$bin" > "$dir/ctl"
chmod +x "$dir/ctl"
(. "$dir/env"; "$bin/rabbitmq-server" > "$dir/log/stdout" 2>&1 &)
if ! "$dir/ctl" wait --timeout 60 "$dir/rabbit.pid" >/dev/null; then
  tail -20 "$dir/log/stdout" >&2
  exit 1
fi
echo "amqp://guest:guest@127.0.0.1:$port/"
