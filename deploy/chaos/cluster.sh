#!/usr/bin/env bash
# The chaos cluster of `make chaos`, all on 127.0.0.1 and apart from `make run` and `make test`: three KRaft Kafka
# nodes (each broker and controller), a PostgreSQL of its own, Keycloak, GreenMail, the Twilio sandbox, and two
# replicas of every service. See docs/reliability.md.
#
#   deploy/chaos/cluster.sh up              start everything (a fresh cluster: data of an earlier run is wiped)
#   deploy/chaos/cluster.sh down            stop everything this script started
#   deploy/chaos/cluster.sh status          one line per process
#   deploy/chaos/cluster.sh kill NAME       kill -9 (e.g. intake-1, kafka-2, greenmail)
#   deploy/chaos/cluster.sh term NAME       SIGTERM, waiting until it is gone
#   deploy/chaos/cluster.sh start NAME      start NAME again (the same settings, ports and data) and wait until ready
#   deploy/chaos/cluster.sh controller      the name of the node that is the active KRaft controller
#   deploy/chaos/cluster.sh pause NAME SECS SIGSTOP NAME, SIGCONT after SECS (GreenMail keeps its mail in memory)
#   deploy/chaos/cluster.sh pg-restart      pg_ctl restart -m immediate
#   deploy/chaos/cluster.sh pg-pause SECS   SIGSTOP the postmaster and its children, SIGCONT them after SECS
#   deploy/chaos/cluster.sh ports           the addresses of everything, as KEY=VALUE lines (NAME.management: the
#                                           management interface of a Quarkus app: health, metrics, OpenAPI)
#
# State (data, pid files, logs) lives in <repo>/.chaos/ (git-ignored); nothing of .stack/ is used or touched.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
CHAOS=$ROOT/.chaos
RUN=$CHAOS/run
LOGS=$CHAOS/logs
DOWNLOADS=$CHAOS/downloads
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1

PG_BIN=/usr/lib/postgresql/15/bin
PG_PORT=${CHAOS_PG_PORT:-15432}
PG_DATA=$CHAOS/postgres/data
PG_DATABASES=(centinela_intake centinela_risk_scoring centinela_escalation centinela_notification centinela_console)

KAFKA_NODES=(1 2 3)
kafka_port() { echo $((19091 + $1)); }        # 19092, 19093, 19094
kafka_controller_port() { echo $((19191 + $1)); } # 19192, 19193, 19194
KAFKA_BOOTSTRAP=127.0.0.1:19092,127.0.0.1:19093,127.0.0.1:19094

# The versions of the local stack, so that the chaos cluster runs the GreenMail and Keycloak that make run runs.
stack_setting() { sed -n "s/^$1=//p" "$ROOT/deploy/local/stack.sh"; }
GREENMAIL_VERSION=$(stack_setting GREENMAIL_VERSION)
GREENMAIL_JAR=$DOWNLOADS/greenmail-standalone-$GREENMAIL_VERSION.jar
KEYCLOAK_VERSION=$(stack_setting KEYCLOAK_VERSION)
KEYCLOAK_TARBALL=$DOWNLOADS/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz
KEYCLOAK_HOME=$CHAOS/keycloak/keycloak-$KEYCLOAK_VERSION
# SMTP, IMAP and GreenMail's API; Keycloak and its management interface.
GREENMAIL_SMTP_PORT=13025 GREENMAIL_IMAP_PORT=13143 GREENMAIL_API_PORT=18025
KEYCLOAK_PORT=18180 KEYCLOAK_MANAGEMENT_PORT=19180
KEYCLOAK_REALM_URL=http://127.0.0.1:$KEYCLOAK_PORT/realms/centinela

# Every Quarkus app has a management port (health, metrics, the OpenAPI document) 10000 above its HTTP port.
SANDBOX_PORT=18089 SANDBOX_MANAGEMENT_PORT=28089
# name:port:management port of each replica; the module folder is the name without its replica number.
SERVICES=(
  intake-1:18081:28081 intake-2:18091:28091
  risk-scoring-1:18082:28082 risk-scoring-2:18092:28092
  escalation-1:18083:28083 escalation-2:18093:28093
  notification-1:18084:28084 notification-2:18094:28094
  console-1:18080:28080 console-2:18090:28090
)
# The services' JVM options of services.sh, and one more: only the first JIT compiler (C1). Sixteen JVMs share two cores
# here and the services are started again some twenty times in a run; a start then costs about 5.5 s of CPU instead
# of 9.5 s (notification, measured on this machine), and no C2 compiler threads compete with the pipeline the steps
# go through. Production keeps the default compilers; what is checked here is correctness under faults.
SERVICE_JAVA_OPTS=(-Xms64m -Xmx192m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.net.preferIPv4Stack=true)
READY_TIMEOUT=${CHAOS_READY_TIMEOUT:-240}
STOP_TIMEOUT=30

die() { echo "chaos cluster: $*" >&2; exit 1; }
step() { echo "==> $*"; }

# --- processes ------------------------------------------------------------------------------

# The chaos cluster's processes carry its folder or -Dcentinela.chaos=<name> on their command line.
OWN_MARK="$CHAOS/|-Dcentinela.chaos="
# shellcheck source=deploy/local/processes.sh
source "$ROOT/deploy/local/processes.sh"

signal() {
  local name=$1 sig=$2 pid
  pid=$(pid_of "$name")
  [[ -n $pid ]] && is_ours "$pid" || { echo "    $name: not running"; return 0; }
  kill "-$sig" -- "-$pid" 2>/dev/null || kill "-$sig" "$pid" 2>/dev/null || true
}

await_gone() {
  local name=$1 pid start=$SECONDS
  pid=$(pid_of "$name")
  [[ -n $pid ]] || return 0
  while kill -0 "$pid" 2>/dev/null; do
    if ((SECONDS - start >= STOP_TIMEOUT)); then
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
    sleep 0.2
  done
  rm -f "$RUN/$name.pid"
}

listening() { [[ -n $(ss -ltnH "sport = :$1") ]]; }
require_free() {
  local port
  for port in "$@"; do
    ! listening "$port" || die "port $port is already taken; is another chaos cluster up? ($0 down)"
  done
}

# await_ready NAME TIMEOUT CHECK...: returns once CHECK passes, fails if NAME exits first, dies after TIMEOUT s.
await_ready() {
  local name=$1 timeout=$2 start=$SECONDS
  shift 2
  until "$@"; do
    running "$name" || return 1
    ((SECONDS - start < timeout)) || die "$name not ready within $timeout s (see .chaos/logs/$name.log)"
    sleep 0.5
  done
}

wait_until() { await_ready "$@" || die "$1 exited while starting (see .chaos/logs/$1.log)"; }

# service_up NAME: starts a service replica and waits until it is ready. One that exits while starting (PostgreSQL
# restarted under its migration, say) is started again 5 s later, up to START_ATTEMPTS times in all, as Kubernetes'
# restart policy would: otherwise the schedule, taking it for back, would stop its sibling too.
START_ATTEMPTS=3
service_up() {
  local name=$1 attempt
  for ((attempt = 1; ; attempt++)); do
    service_start "$name"
    await_ready "$name" "$READY_TIMEOUT" quarkus_ready "$(management_port_of "$name")" && return
    ((attempt < START_ATTEMPTS)) || die "$name exited while starting, $attempt times (see .chaos/logs/$name.log)"
    echo "    $name: exited while starting; started again, as a restart policy would"
    sleep 5
  done
}

http_ok() { curl -sf -o /dev/null --max-time 2 "$1"; }
# quarkus_ready MANAGEMENT_PORT: the app's readiness check, on its management interface, says UP.
quarkus_ready() { curl -fsS -m 2 "http://127.0.0.1:$1/q/health/ready" 2>/dev/null | grep -q '"status": *"UP"'; }

download() {
  local artifact=$1 file=$2
  [[ -f $file ]] && return
  echo "    downloading $artifact ..."
  (cd "$DOWNLOADS" && mvn -B -q "$DEPENDENCY_PLUGIN:copy" -Dartifact="$artifact" -DoutputDirectory="$DOWNLOADS") \
    >>"$LOGS/download.log" 2>&1 && [[ -f $file ]] || die "could not download $artifact (see .chaos/logs/download.log)"
}

# --- PostgreSQL (its own cluster; initdb refuses root, so it runs as the postgres user) --------------------

as_postgres() {
  if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_start() {
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$LOGS/postgres.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $CHAOS/postgres -c fsync=off -c max_connections=200" start >/dev/null \
    || die "PostgreSQL did not start (see .chaos/logs/postgres.log)"
}

postgres_up() {
  step "postgres: 127.0.0.1:$PG_PORT"
  require_free "$PG_PORT"
  mkdir -p "$CHAOS/postgres"
  [[ $(id -u) == 0 ]] && chown postgres: "$CHAOS/postgres" "$LOGS" && touch "$LOGS/postgres.log" && chown postgres: "$LOGS/postgres.log"
  as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >>"$LOGS/postgres.log" 2>&1 \
    || die "initdb failed (see .chaos/logs/postgres.log)"
  pg_start
  local db sql="CREATE ROLE centinela LOGIN PASSWORD 'centinela';"
  for db in "${PG_DATABASES[@]}"; do sql+="CREATE DATABASE $db OWNER centinela;"; done
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -q >/dev/null <<<"$sql" \
    || die "could not create the role and databases"
}

postgres_down() {
  [[ -f $PG_DATA/postmaster.pid ]] || return 0
  step "postgres: stopping"
  pg_signal CONT
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
}

pg_pids() {
  local master
  master=$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null) || return 0
  echo "$master"
  pgrep -P "$master" || true
}

pg_signal() {
  local pid
  for pid in $(pg_pids); do kill "-$1" "$pid" 2>/dev/null || true; done
}

# --- Kafka ------------------------------------------------------------------------------------------------

kafka_classpath() {
  local file=$CHAOS/kafka/classpath.txt pom=$ROOT/deploy/local/kafka/pom.xml
  mkdir -p "$CHAOS/kafka"
  if [[ ! -s $file || $pom -nt $file ]]; then
    echo "    kafka: resolving the broker classpath with Maven ..."
    mvn -B -q -f "$pom" dependency:build-classpath -Dmdep.outputFile="$file" >>"$LOGS/download.log" 2>&1 \
      || die "could not resolve Kafka's jars (see .chaos/logs/download.log)"
  fi
  KAFKA_CP=$(<"$file")
}

kafka_properties() {
  local node=$1 voters="" n
  for n in "${KAFKA_NODES[@]}"; do voters+="${voters:+,}$n@127.0.0.1:$(kafka_controller_port "$n")"; done
  sed -e "s|@DATA_DIR@|$CHAOS/kafka/data-$node|" -e "s|^node.id=.*|node.id=$node|" \
    -e "s|^controller.quorum.voters=.*|controller.quorum.voters=$voters|" \
    -e "s|127.0.0.1:9092|127.0.0.1:$(kafka_port "$node")|g" -e "s|127.0.0.1:9093|127.0.0.1:$(kafka_controller_port "$node")|g" \
    -e "/replication.factor=/d" -e "/min.isr=/d" -e "/min.insync.replicas=/d" -e "/auto.create.topics.enable=/d" \
    "$ROOT/deploy/local/kafka/server.properties"
  cat <<EOF

# The chaos cluster: three replicas of everything, two of them in sync for a write to count.
default.replication.factor=3
min.insync.replicas=2
offsets.topic.replication.factor=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
share.coordinator.state.topic.replication.factor=3
share.coordinator.state.topic.min.isr=2
auto.create.topics.enable=false
unclean.leader.election.enable=false
EOF
}

kafka_start() {
  local node=$1
  launch "kafka-$node" java -Xms128m -Xmx384m -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true \
    -cp "$KAFKA_CP" kafka.Kafka "$CHAOS/kafka/server-$node.properties"
}

kafka_up() {
  local node cluster_id
  kafka_classpath
  cluster_id=$(java -cp "$KAFKA_CP" kafka.tools.StorageTool random-uuid 2>>"$LOGS/kafka-format.log")
  for node in "${KAFKA_NODES[@]}"; do
    require_free "$(kafka_port "$node")" "$(kafka_controller_port "$node")"
    kafka_properties "$node" >"$CHAOS/kafka/server-$node.properties"
    java -cp "$KAFKA_CP" kafka.tools.StorageTool format -t "$cluster_id" -c "$CHAOS/kafka/server-$node.properties" \
      >>"$LOGS/kafka-format.log" 2>&1 || die "could not format kafka-$node (see .chaos/logs/kafka-format.log)"
    step "kafka-$node: 127.0.0.1:$(kafka_port "$node") (controller $(kafka_controller_port "$node"))"
    kafka_start "$node"
  done
}

kafka_topics() {
  for node in "${KAFKA_NODES[@]}"; do wait_until "kafka-$node" "$READY_TIMEOUT" listening "$(kafka_port "$node")"; done
  local summary
  summary=$(java -cp "$KAFKA_CP" "$ROOT/deploy/local/kafka/CreateTopics.java" "$KAFKA_BOOTSTRAP" \
    "$ROOT/deploy/local/kafka/topics.txt" 2>"$LOGS/topics.log") || die "could not create the topics: $(tail -n 1 "$LOGS/topics.log")"
  echo "    kafka: $summary (replication factor 3, min.insync.replicas 2)"
}

# The active controller, as the controllers' quorum describes itself.
controller() {
  kafka_classpath
  local leader
  leader=$(java -cp "$KAFKA_CP" org.apache.kafka.tools.MetadataQuorumCommand --bootstrap-server "$KAFKA_BOOTSTRAP" \
    describe --status 2>/dev/null | sed -n 's/^LeaderId:[[:space:]]*\([0-9]*\).*/\1/p')
  [[ -n $leader ]] || die "the quorum did not say who leads"
  echo "kafka-$leader"
}

# --- GreenMail, Keycloak, the sandbox -----------------------------------------------------------------------

greenmail_start() {
  launch greenmail java -Xmx128m -XX:+UseSerialGC -Djava.net.preferIPv4Stack=true -Dcentinela.chaos=greenmail \
    -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=$GREENMAIL_SMTP_PORT \
    -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port=$GREENMAIL_IMAP_PORT -Dgreenmail.auth.disabled \
    -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=$GREENMAIL_API_PORT \
    -jar "$GREENMAIL_JAR"
}

greenmail_ready() { listening $GREENMAIL_SMTP_PORT && listening $GREENMAIL_IMAP_PORT; }

keycloak_start() {
  if [[ ! -x $KEYCLOAK_HOME/bin/kc.sh ]]; then
    download "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" "$KEYCLOAK_TARBALL"
    echo "    keycloak: unpacking ..."
    mkdir -p "$CHAOS/keycloak"
    tar -xzf "$KEYCLOAK_TARBALL" -C "$CHAOS/keycloak"
  fi
  rm -rf "$KEYCLOAK_HOME/data"
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$ROOT/deploy/keycloak/centinela-realm.json" "$KEYCLOAK_HOME/data/import/"
  launch keycloak env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" JAVA_OPTS_APPEND="-Djava.net.preferIPv4Stack=true" \
    "$KEYCLOAK_HOME/bin/kc.sh" start-dev --import-realm --http-host=127.0.0.1 --http-port=$KEYCLOAK_PORT \
    --health-enabled=true --http-management-port=$KEYCLOAK_MANAGEMENT_PORT
}

jar_of() { echo "$ROOT/$1/target/quarkus-app/quarkus-run.jar"; }

sandbox_start() {
  local jar
  jar=$(jar_of deploy/local/twilio-sandbox)
  [[ -f $jar ]] || die "$jar is missing; build first (make build)"
  launch twilio-sandbox env HTTP_PORT=$SANDBOX_PORT MANAGEMENT_PORT=$SANDBOX_MANAGEMENT_PORT \
    SANDBOX_INBOUND_SMS_URL=http://127.0.0.1:18081/twilio/sms \
    SANDBOX_PROGRESS_STEP=PT0.2S SANDBOX_ANSWER_WAIT=PT30S SANDBOX_TIMEOUT_HOLD=PT35S \
    java "${SERVICE_JAVA_OPTS[@]}" -Dquarkus.http.port=$SANDBOX_PORT -Dcentinela.chaos=twilio-sandbox -jar "$jar"
}

# --- the services -------------------------------------------------------------------------------------------

# port_of NAME, management_port_of NAME: a replica's HTTP port, and its management port.
port_of() { replica_field "$1" 2; }
management_port_of() { replica_field "$1" 3; }

replica_field() {
  local entry
  for entry in "${SERVICES[@]}"; do [[ ${entry%%:*} == "$1" ]] && { cut -d: -f"$2" <<<"$entry"; return; }; done
  die "no such service replica: $1"
}

service_start() {
  local name=$1 port module replica url jar db
  port=$(port_of "$name")
  module=${name%-*}
  replica=${name##*-}
  jar=$(jar_of "services/$module")
  [[ -f $jar ]] || die "$jar is missing; build first (make build)"
  db=centinela_${module//-/_}
  url=http://127.0.0.1:$port
  # prod,local: the production profile with the public development secrets and no start checks, as make run.
  launch "$name" env QUARKUS_PROFILE=prod,local HTTP_PORT="$port" MANAGEMENT_PORT="$(management_port_of "$name")" \
    KAFKA_BOOTSTRAP_SERVERS=$KAFKA_BOOTSTRAP \
    DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db" OIDC_AUTH_SERVER_URL=$KEYCLOAK_REALM_URL \
    TWILIO_BASE_URL=http://127.0.0.1:$SANDBOX_PORT TWILIO_WEBHOOK_BASE_URL="$url" NOTIFICATION_PUBLIC_BASE_URL="$url" \
    SMTP_PORT=$GREENMAIL_SMTP_PORT NOTIFICATION_SMS_PER_SECOND=100 \
    ESCALATION_URL="http://127.0.0.1:$(port_of "escalation-$replica")" \
    RISK_SCORING_URL="http://127.0.0.1:$(port_of "risk-scoring-$replica")" \
    INTAKE_URL="http://127.0.0.1:$(port_of "intake-$replica")" \
    java "${SERVICE_JAVA_OPTS[@]}" "-Dcentinela.chaos=$name" -jar "$jar"
}

# --- one process by name ------------------------------------------------------------------------------------

start_one() {
  local name=$1
  running "$name" && { echo "    $name: already running"; return; }
  case $name in
    kafka-[123]) kafka_classpath; kafka_start "${name#kafka-}"; wait_until "$name" "$READY_TIMEOUT" listening "$(kafka_port "${name#kafka-}")" ;;
    greenmail) greenmail_start; wait_until greenmail 60 greenmail_ready ;;
    keycloak) keycloak_start; wait_until keycloak 300 http_ok "$KEYCLOAK_REALM_URL/.well-known/openid-configuration" ;;
    twilio-sandbox) sandbox_start; wait_until twilio-sandbox "$READY_TIMEOUT" quarkus_ready $SANDBOX_MANAGEMENT_PORT ;;
    *) service_up "$name" ;;
  esac
  echo "    $name: up"
}

names() {
  local entry
  echo twilio-sandbox greenmail keycloak kafka-1 kafka-2 kafka-3
  for entry in "${SERVICES[@]}"; do echo "${entry%%:*}"; done
}

up() {
  local start=$SECONDS entry name port management_port
  mkdir -p "$RUN" "$LOGS" "$DOWNLOADS"
  for name in $(names); do running "$name" && die "$name is running already; run '$0 down' first"; done
  rm -rf "$CHAOS/postgres" "$CHAOS/kafka"/data-* "$LOGS"/*.log
  require_free $GREENMAIL_SMTP_PORT $GREENMAIL_IMAP_PORT $GREENMAIL_API_PORT $KEYCLOAK_PORT $KEYCLOAK_MANAGEMENT_PORT \
    $SANDBOX_PORT $SANDBOX_MANAGEMENT_PORT
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r _ port management_port <<<"$entry"
    require_free "$port" "$management_port"
  done
  download "com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" "$GREENMAIL_JAR"
  postgres_up
  kafka_up
  step "keycloak: 127.0.0.1:$KEYCLOAK_PORT; greenmail: SMTP $GREENMAIL_SMTP_PORT, IMAP $GREENMAIL_IMAP_PORT; sandbox: $SANDBOX_PORT"
  keycloak_start
  greenmail_start
  sandbox_start
  kafka_topics
  wait_until greenmail 60 greenmail_ready
  wait_until twilio-sandbox "$READY_TIMEOUT" quarkus_ready $SANDBOX_MANAGEMENT_PORT
  wait_until keycloak 300 http_ok "$KEYCLOAK_REALM_URL/.well-known/openid-configuration"
  echo "    keycloak, greenmail, sandbox: up ($((SECONDS - start)) s)"
  # Escalation first: it owns the schema of the directory and publishes it; two JVMs at a time on two cores.
  for name in escalation-1 escalation-2; do service_start "$name"; done
  for name in escalation-1 escalation-2; do
    wait_until "$name" "$READY_TIMEOUT" quarkus_ready "$(management_port_of "$name")"
  done
  for pair in "intake risk-scoring" "notification console"; do
    for module in $pair; do for replica in 1 2; do service_start "$module-$replica"; done; done
    for module in $pair; do for replica in 1 2; do
      wait_until "$module-$replica" "$READY_TIMEOUT" quarkus_ready "$(management_port_of "$module-$replica")"
    done; done
  done
  echo "chaos cluster: up ($((SECONDS - start)) s); logs in .chaos/logs/"
}

down() {
  local name
  for name in $(names | tac); do
    if running "$name"; then
      signal "$name" CONT
      signal "$name" TERM
    fi
  done
  for name in $(names); do await_gone "$name"; done
  postgres_down
  echo "chaos cluster: down"
}

status() {
  local name pid
  for name in $(names); do
    pid=$(pid_of "$name")
    if [[ -n $pid ]] && is_ours "$pid"; then printf '%-16s up   pid %s\n' "$name" "$pid"; else printf '%-16s down\n' "$name"; fi
  done
  if [[ -f $PG_DATA/postmaster.pid ]]; then printf '%-16s up   127.0.0.1:%s\n' postgres "$PG_PORT"; else printf '%-16s down\n' postgres; fi
}

ports() {
  local entry name port management_port
  echo "kafka=$KAFKA_BOOTSTRAP"
  echo "postgres=jdbc:postgresql://127.0.0.1:$PG_PORT"
  echo "keycloak=$KEYCLOAK_REALM_URL"
  echo "sandbox=http://127.0.0.1:$SANDBOX_PORT"
  echo "sandbox.management=http://127.0.0.1:$SANDBOX_MANAGEMENT_PORT"
  echo "imap=127.0.0.1:$GREENMAIL_IMAP_PORT"
  for entry in "${SERVICES[@]}"; do
    IFS=: read -r name port management_port <<<"$entry"
    echo "$name=http://127.0.0.1:$port"
    echo "$name.management=http://127.0.0.1:$management_port"
  done
}

case ${1:-} in
  up) up ;;
  down) down ;;
  status) status ;;
  ports) ports ;;
  controller) controller ;;
  kill) [[ -n ${2:-} ]] || die "usage: $0 kill NAME"; signal "$2" KILL; await_gone "$2" ;;
  term) [[ -n ${2:-} ]] || die "usage: $0 term NAME"; signal "$2" TERM; await_gone "$2" ;;
  start) [[ -n ${2:-} ]] || die "usage: $0 start NAME"; mkdir -p "$RUN" "$LOGS"; start_one "$2" ;;
  pause) [[ -n ${2:-} ]] || die "usage: $0 pause NAME SECS"; signal "$2" STOP; sleep "${3:-30}"; signal "$2" CONT ;;
  pg-restart) as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -m immediate -w -t 60 restart \
      -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $CHAOS/postgres -c fsync=off -c max_connections=200" \
      -l "$LOGS/postgres.log" >/dev/null ;;
  pg-pause) pg_signal STOP; sleep "${2:-20}"; pg_signal CONT ;;
  *) echo "usage: $0 up|down|status|ports|controller|kill NAME|term NAME|start NAME|pause NAME SECS|pg-restart|pg-pause SECS" >&2; exit 2 ;;
esac
