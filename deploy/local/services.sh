#!/usr/bin/env bash
# Starts, stops and reports the packaged Centinela services and the Twilio sandbox on 127.0.0.1.
# Usage: deploy/local/services.sh start|stop|status
# Each app runs from its quarkus-app folder (build with `make build`), logs to .stack/logs/<name>.log
# and is stopped through its pid file, so nothing else on the machine is touched.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
STATE="$ROOT/.stack"
PIDS="$STATE/pids"
LOGS="$STATE/logs"

# name:port:management port:module folder. The management port (health, metrics, the OpenAPI document) is each
# app's local-profile default, beside its HTTP port; nothing but this machine may reach either.
APPS=(
  "twilio-sandbox:8089:9089:deploy/local/twilio-sandbox"
  "intake:8081:9081:services/intake"
  "risk-scoring:8082:9082:services/risk-scoring"
  "escalation:8083:9083:services/escalation"
  "notification:8084:9084:services/notification"
  "console:8080:9080:services/console"
)
READY_TIMEOUT_S=${READY_TIMEOUT_S:-120}
JAVA_OPTS=${SERVICE_JAVA_OPTS:--Xms64m -Xmx192m -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true}
# The sandbox stands for a Twilio messaging service or short code (100 SMS a second), not for one long code
# (1 a second, notification's production default): make bench and make demo measure Centinela, not a carrier's pacing.
export NOTIFICATION_SMS_PER_SECOND=${NOTIFICATION_SMS_PER_SECOND:-100}
# The packaged services run as in production (the prod profile) plus the local profile: the public development
# secrets and the local Twilio sandbox and Keycloak, with the production start checks off (docs/operations.md,
# "Production start checks"). Never use the local profile anywhere else.
export QUARKUS_PROFILE=prod,local

fail() { echo "services: $*" >&2; exit 1; }

running_pid() {
  local name=$1 pid
  [[ -f "$PIDS/$name.pid" ]] || return 1
  pid=$(<"$PIDS/$name.pid")
  [[ -r /proc/$pid/cmdline ]] && tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "-Dcentinela.app=$name" || return 1
  echo "$pid"
}

port_holder() {
  ss -ltnpH "sport = :$1" 2>/dev/null | sed -n 's/.*users:(("\([^"]*\)",pid=\([0-9]*\).*/\1 (pid \2)/p' | head -n1
}

# is_ready MANAGEMENT_PORT: the app's readiness check, on its management interface, says UP.
is_ready() {
  curl -fsS -m 2 "http://127.0.0.1:$1/q/health/ready" 2>/dev/null | grep -q '"status": *"UP"'
}

start_app() {
  local name=$1 port=$2 management_port=$3 folder=$4 jar holder pid taken
  jar="$ROOT/$folder/target/quarkus-app/quarkus-run.jar"
  if pid=$(running_pid "$name"); then
    echo "    $name: already running (pid $pid)"
    return
  fi
  [[ -f "$jar" ]] || fail "$name is not built ($jar missing); run 'make build' first"
  for taken in "$port" "$management_port"; do
    holder=$(port_holder "$taken")
    [[ -z "$holder" ]] || fail "port $taken is held by $holder, not by Centinela's $name; stop it or free the port"
  done
  echo "==> $name: starting on 127.0.0.1:$port (management $management_port)"
  # shellcheck disable=SC2086
  nohup java $JAVA_OPTS "-Dcentinela.app=$name" -jar "$jar" >"$LOGS/$name.log" 2>&1 &
  echo $! >"$PIDS/$name.pid"
}

wait_ready() {
  local name=$1 port=$2 management_port=$3 started=$SECONDS pid
  until is_ready "$management_port"; do
    pid=$(running_pid "$name") || fail "$name exited while starting; see $LOGS/$name.log"
    (( SECONDS - started < READY_TIMEOUT_S )) || fail "$name (pid $pid) not ready after ${READY_TIMEOUT_S}s; see $LOGS/$name.log"
    sleep 1
  done
  echo "    $name: ready on http://127.0.0.1:$port"
}

stop_app() {
  local name=$1 pid waited=0
  if ! pid=$(running_pid "$name"); then
    rm -f "$PIDS/$name.pid"
    return
  fi
  kill "$pid"
  while kill -0 "$pid" 2>/dev/null && (( waited < 30 )); do sleep 1; waited=$((waited + 1)); done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$PIDS/$name.pid"
  echo "    $name: stopped"
}

cmd=${1:-}
case "$cmd" in
  start)
    mkdir -p "$PIDS" "$LOGS"
    for app in "${APPS[@]}"; do
      IFS=: read -r name port management_port folder <<<"$app"
      start_app "$name" "$port" "$management_port" "$folder"
    done
    for app in "${APPS[@]}"; do
      IFS=: read -r name port management_port _ <<<"$app"
      wait_ready "$name" "$port" "$management_port"
    done
    ;;
  stop)
    for app in "${APPS[@]}"; do IFS=: read -r name _ _ _ <<<"$app"; stop_app "$name"; done
    ;;
  status)
    for app in "${APPS[@]}"; do
      IFS=: read -r name port management_port _ <<<"$app"
      if pid=$(running_pid "$name"); then
        is_ready "$management_port" && state="ready" || state="starting or unhealthy"
        printf '%-15s up   127.0.0.1:%s  management %s  pid %s  %s\n' "$name" "$port" "$management_port" "$pid" "$state"
      else
        printf '%-15s down 127.0.0.1:%s  management %s\n' "$name" "$port" "$management_port"
      fi
    done
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
