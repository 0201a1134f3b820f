#!/usr/bin/env bash
# Local infrastructure for Centinela, all on 127.0.0.1: PostgreSQL, a single-node Kafka
# broker (KRaft), GreenMail (SMTP/IMAP sink) and Keycloak. See deploy/local/README.md.
#
#   deploy/local/stack.sh up       start whatever is not running yet (safe to repeat)
#   deploy/local/stack.sh down     stop what 'up' started
#   deploy/local/stack.sh status   one line per component; exit status 1 if any is down
#   deploy/local/stack.sh stop C   stop one component (kafka, greenmail, keycloak); 'up' starts it again
#   deploy/local/stack.sh postgres only PostgreSQL: start it if nothing answers, check the role and databases
#
# PG_PORT=<port> points every command at another PostgreSQL on 127.0.0.1 (default 5432).
#
# State (downloads, Kafka data, Keycloak, pid files, logs) lives in <repo>/.stack/.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DEPLOY=$ROOT/deploy
STACK=$ROOT/.stack
RUN=$STACK/run
LOGS=$STACK/logs
DOWNLOADS=$STACK/downloads

DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
STOP_TIMEOUT=30

PG_PORT=${PG_PORT:-5432}
PG_ROLE=centinela
PG_PASSWORD=centinela
PG_DATABASES=(centinela_intake centinela_risk_scoring centinela_escalation centinela_notification centinela_console)
PG_TIMEOUT=30

KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KAFKA_DIR=$STACK/kafka
KAFKA_TIMEOUT=90

GREENMAIL_VERSION=2.1.2
GREENMAIL_SMTP_PORT=3025
GREENMAIL_IMAP_PORT=3143
GREENMAIL_API_PORT=8025
GREENMAIL_JAR=$DOWNLOADS/greenmail-standalone-$GREENMAIL_VERSION.jar
GREENMAIL_TIMEOUT=60

KEYCLOAK_VERSION=26.5.6
KEYCLOAK_PORT=8180
KEYCLOAK_MANAGEMENT_PORT=9180
KEYCLOAK_TARBALL=$DOWNLOADS/keycloak-quarkus-dist-$KEYCLOAK_VERSION.tar.gz
KEYCLOAK_HOME=$STACK/keycloak/keycloak-$KEYCLOAK_VERSION
KEYCLOAK_REALM=$DEPLOY/keycloak/centinela-realm.json
KEYCLOAK_REALM_SUM=$STACK/keycloak/imported-realm.sha256
KEYCLOAK_READY_URL=http://127.0.0.1:$KEYCLOAK_PORT/realms/centinela/.well-known/openid-configuration
KEYCLOAK_TIMEOUT=240

declare -A STARTED_AT=()

# --- output ---------------------------------------------------------------------------

die() { echo "stack: $*" >&2; exit 1; }
step() { echo "==> $*"; }
info() { echo "    $*"; }
log_of() { echo ".stack/logs/$1.log"; }

# ready NAME: report that NAME answers, with the time since this run started it.
ready() {
  if [[ -n ${STARTED_AT[$1]:-} ]]; then
    info "$1: ready ($((SECONDS - STARTED_AT[$1])) s)"
  else
    info "$1: healthy"
  fi
}

# --- processes started by this stack ------------------------------------------------------

OWN_MARK=$STACK/
# shellcheck source=deploy/local/processes.sh
source "$DEPLOY/local/processes.sh"

# stop NAME: TERM the process group recorded in NAME's pid file, KILL it after STOP_TIMEOUT.
stop() {
  local name=$1 pid start=$SECONDS
  pid=$(pid_of "$name")
  if [[ -z $pid ]]; then
    step "$name: not running"
    return
  fi
  if ! is_ours "$pid"; then
    rm -f "$RUN/$name.pid"
    step "$name: not running (removed a stale pid file)"
    return
  fi
  step "$name: stopping (pid $pid) ..."
  kill -TERM -- "-$pid" 2>/dev/null || true
  while kill -0 -- "-$pid" 2>/dev/null && ((SECONDS - start < STOP_TIMEOUT)); do
    sleep 0.5
  done
  if kill -0 -- "-$pid" 2>/dev/null; then
    info "$name: still running after $STOP_TIMEOUT s; killing it"
    kill -KILL -- "-$pid" 2>/dev/null || true
    while kill -0 -- "-$pid" 2>/dev/null; do
      sleep 0.2
    done
  fi
  rm -f "$RUN/$name.pid"
  info "$name: stopped ($((SECONDS - start)) s)"
}

# wait_until NAME TIMEOUT COMMAND...: retry COMMAND until it succeeds; give up if NAME's
# process exits or TIMEOUT seconds pass.
wait_until() {
  local name=$1 timeout=$2 start=$SECONDS
  shift 2
  until "$@"; do
    running "$name" || die "$name exited during startup (see $(log_of "$name"))"
    ((SECONDS - start < timeout)) || die "$name did not become ready within $timeout s (see $(log_of "$name"))"
    sleep 0.5
  done
}

# --- ports and probes -----------------------------------------------------------------

# listening PORT...: every PORT has a listening TCP socket.
listening() {
  local port
  for port in "$@"; do
    [[ -n $(ss -ltnH "sport = :$port") ]] || return 1
  done
}

# port_holder PORT: "'name' (pid N)" of the process listening on PORT, as ss shows it.
port_holder() {
  local holder
  holder=$(ss -ltnpH "sport = :$1" | sed -n 's/.*users:(("\([^"]*\)",pid=\([0-9]*\),.*/\1 \2/p' | head -n 1)
  if [[ -n $holder ]]; then
    echo "'${holder% *}' (pid ${holder#* })"
  else
    echo "a process this user cannot see"
  fi
}

# require_free_ports PORT...: stop with the holder's name when a port is already taken.
require_free_ports() {
  local port
  for port in "$@"; do
    if listening "$port"; then
      die "port $port is held by $(port_holder "$port"), not by this stack; stop it or free the port"
    fi
  done
}

http_ok() { curl -sf -o /dev/null --max-time 2 "$1"; }

# download NAME GROUP:ARTIFACT:VERSION[:TYPE] FILE: fetch FILE into .stack/downloads via Maven.
download() {
  local name=$1 artifact=$2 file=$3
  [[ -f $file ]] && return
  info "$name: downloading $artifact ..."
  if ! (cd "$DOWNLOADS" && mvn -B -q "$DEPENDENCY_PLUGIN:copy" -Dartifact="$artifact" -DoutputDirectory="$DOWNLOADS") \
    >>"$LOGS/download.log" 2>&1 || [[ ! -f $file ]]; then
    die "could not download $artifact from Maven Central (see .stack/logs/download.log)"
  fi
}

# --- PostgreSQL -------------------------------------------------------------------------

pg_answers() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; }

# pg_full ERROR: whether a refused connection says that the server has no connection slot left (SQLSTATE 53300):
# every one of max_connections is taken, or only those reserved for superusers are left.
pg_full() { [[ $1 == *"too many clients already"* || $1 == *"remaining connection slots are reserved"* || $1 == *53300* ]]; }

# pg_refused MESSAGE ERROR: dies with MESSAGE and psql's ERROR, unless ERROR says the server is full (see pg_no_slots).
pg_refused() {
  pg_full "$2" && pg_no_slots "$2"
  die "$1"$'\n'"       $(head -n 1 <<<"$2")"
}

# pg_no_slots ERROR: dies saying that PostgreSQL has no connection slot left (not a password problem), with who
# holds the connections when a slot reserved for the superuser still lets us ask, and what to do.
pg_no_slots() {
  local counts holders
  counts=$(pg_admin 2>/dev/null -c "
    select format('%s connections are open; max_connections is %s, %s of them kept for superusers', count(*),
                  current_setting('max_connections'), current_setting('superuser_reserved_connections'))
      from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()") \
    || counts='even the slots kept for superusers are taken'
  holders=$(pg_admin 2>/dev/null -c "
    select format('%6s  %s (role %s, database %s, %s)', count(*), coalesce(nullif(application_name, ''), '-'),
                  coalesce(usename, '-'), coalesce(datname, '-'), coalesce(state, '-'))
      from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()
     group by application_name, usename, datname, state order by count(*) desc limit 20") || holders=''
  {
    echo "stack: PostgreSQL on 127.0.0.1:$PG_PORT has no connection slot left (SQLSTATE 53300):"
    echo "       $(head -n 1 <<<"$1")"
    echo "       This is not a password or pg_hba.conf problem: $counts."
    if [[ -n $holders ]]; then
      echo "       Who holds them (connections, application, role, database, state):"
      sed 's/^/       /' <<<"$holders"
    fi
    echo "       To see it yourself (a superuser gets one of the slots kept for superusers, while one is free):"
    echo "         psql -h 127.0.0.1 -p $PG_PORT -U postgres -c \"select application_name, usename, datname, state,"
    echo "           count(*) from pg_stat_activity group by 1, 2, 3, 4 order by 5 desc\""
    echo "       Then stop what holds them: services of 'make run' (make stop), a service or test JVM left running,"
    echo "       a benchmark's pools (their idle connections close after a minute, docs/operations.md), or end"
    echo "       idle sessions with pg_terminate_backend(pid). Raising max_connections needs a restart of the server."
  } >&2
  exit 1
}

# pg_admin PSQL-ARGS...: psql as the postgres superuser; over TCP where that is trusted,
# else over the Unix socket as the postgres OS user (Debian's default peer authentication). A server with no
# connection slot left says so on stderr (see pg_full), whichever way would have been used.
pg_admin() {
  local refused
  if refused=$(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -w -d postgres -Atqc 'select 1' 2>&1 >/dev/null); then
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -w -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  elif pg_full "$refused"; then
    echo "$refused" >&2
    return 1
  else
    runuser -u postgres -- psql -p "$PG_PORT" -d postgres -v ON_ERROR_STOP=1 -Atq "$@"
  fi
}

install_postgres() {
  info "postgres: installing the Debian package (see .stack/logs/postgres-install.log) ..."
  { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql; } \
    >"$LOGS/postgres-install.log" 2>&1 \
    || die "could not install postgresql with apt-get (see .stack/logs/postgres-install.log)"
}

start_postgres() {
  local cluster
  require_free_ports "$PG_PORT"
  step "postgres: starting on 127.0.0.1:$PG_PORT ..."
  STARTED_AT[postgres]=$SECONDS
  command -v pg_ctlcluster >/dev/null || install_postgres
  cluster=$(pg_lsclusters -h | awk -v port="$PG_PORT" '$3 == port { print $1, $2; exit }')
  [[ -n $cluster ]] || die "no PostgreSQL cluster is set up for port $PG_PORT (see pg_lsclusters); create one with pg_createcluster"
  # The package's own scripts may already have started a freshly installed cluster.
  if ! pg_answers; then
    # shellcheck disable=SC2086 # "$cluster" is "<version> <name>"
    pg_ctlcluster --skip-systemctl-redirect -o "-c listen_addresses=127.0.0.1" $cluster start \
      >>"$LOGS/postgres.log" 2>&1 || die "could not start PostgreSQL cluster $cluster (see $(log_of postgres))"
  fi
  echo "$cluster" >"$RUN/postgres.started"
  local start=$SECONDS
  until pg_answers; do
    ((SECONDS - start < PG_TIMEOUT)) || die "PostgreSQL did not answer on 127.0.0.1:$PG_PORT within $PG_TIMEOUT s"
    sleep 0.5
  done
  ready postgres
}

# create_databases: role centinela and the service databases (plus *_test, *_bench and *_system), idempotently.
create_databases() {
  local databases=() db missing
  for db in "${PG_DATABASES[@]}"; do
    databases+=("$db" "${db}_test" "${db}_bench" "${db}_system")
  done
  local error=$RUN/postgres.error
  missing=$(pg_admin -c "select count(*) from unnest(string_to_array('${databases[*]}', ' ')) d
                         where d not in (select datname from pg_database)" 2>"$error") \
    || pg_refused "cannot connect to PostgreSQL on 127.0.0.1:$PG_PORT as the postgres superuser" "$(<"$error")"
  pg_admin >>"$LOGS/postgres.log" 2>&1 <<SQL || die "could not create the role and databases (see $(log_of postgres))"
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_ROLE') THEN
    CREATE ROLE $PG_ROLE LOGIN PASSWORD '$PG_PASSWORD';
  ELSE
    ALTER ROLE $PG_ROLE LOGIN PASSWORD '$PG_PASSWORD';
  END IF;
END
\$\$;
SELECT format('CREATE DATABASE %I OWNER $PG_ROLE', d)
  FROM unnest(string_to_array('${databases[*]}', ' ')) d
 WHERE d NOT IN (SELECT datname FROM pg_database) \gexec
SELECT format('ALTER DATABASE %I OWNER TO $PG_ROLE', datname)
  FROM pg_database
 WHERE datname = ANY (string_to_array('${databases[*]}', ' '))
   AND datdba <> (SELECT oid FROM pg_roles WHERE rolname = '$PG_ROLE') \gexec
SQL
  PGPASSWORD=$PG_PASSWORD psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_ROLE" -d "${PG_DATABASES[0]}" -w -Atqc 'select 1' \
    >/dev/null 2>"$error" \
    || pg_refused "role $PG_ROLE cannot log in to 127.0.0.1:$PG_PORT with its password; allow it in pg_hba.conf (trust or scram-sha-256)" \
      "$(<"$error")"
  rm -f "$error"
  info "postgres: role $PG_ROLE, ${#databases[@]} databases ($missing created)"
}

ensure_postgres() {
  if command -v pg_isready >/dev/null && pg_answers; then
    if [[ -f $RUN/postgres.started ]]; then
      step "postgres: already running on 127.0.0.1:$PG_PORT (started by this stack)"
    else
      step "postgres: 127.0.0.1:$PG_PORT answers (the machine's server; 'down' leaves it running)"
    fi
  else
    start_postgres
  fi
  create_databases
}

stop_postgres() {
  local cluster
  if [[ ! -f $RUN/postgres.started ]]; then
    step "postgres: left running (this stack did not start it)"
    return
  fi
  cluster=$(<"$RUN/postgres.started")
  step "postgres: stopping cluster $cluster (started by this stack) ..."
  # shellcheck disable=SC2086 # "$cluster" is "<version> <name>"
  pg_ctlcluster --skip-systemctl-redirect $cluster stop >>"$LOGS/postgres.log" 2>&1 \
    || die "could not stop PostgreSQL cluster $cluster (see $(log_of postgres))"
  rm -f "$RUN/postgres.started"
  info "postgres: stopped"
}

# --- Kafka ------------------------------------------------------------------------------

# kafka_classpath: the broker's classpath from deploy/local/kafka/pom.xml, resolved again
# only when that pom or the root pom (which sets the Quarkus BOM) is newer.
kafka_classpath() {
  local file=$KAFKA_DIR/classpath.txt pom=$DEPLOY/local/kafka/pom.xml
  if [[ ! -s $file || $pom -nt $file || $ROOT/pom.xml -nt $file ]]; then
    info "kafka: resolving the broker classpath with Maven ..."
    mvn -B -q -f "$pom" dependency:build-classpath -Dmdep.outputFile="$file" >>"$LOGS/download.log" 2>&1 \
      || die "could not resolve org.apache.kafka:kafka_2.13 and its modules from Maven Central (see .stack/logs/download.log)"
  fi
  KAFKA_CP=$(<"$file")
}

format_kafka_storage() {
  local cluster_id
  [[ -f $KAFKA_DIR/data/meta.properties ]] && return
  cluster_id=$(java -cp "$KAFKA_CP" kafka.tools.StorageTool random-uuid 2>>"$LOGS/kafka.log") \
    || die "could not generate a Kafka cluster id (see $(log_of kafka))"
  java -cp "$KAFKA_CP" kafka.tools.StorageTool format -t "$cluster_id" -c "$KAFKA_DIR/server.properties" \
    >>"$LOGS/kafka.log" 2>&1 || die "could not format the Kafka storage in .stack/kafka/data (see $(log_of kafka))"
}

start_kafka() {
  if running kafka; then
    step "kafka: already running on 127.0.0.1:$KAFKA_PORT (pid $(pid_of kafka))"
    kafka_classpath
    return
  fi
  require_free_ports "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"
  step "kafka: starting on 127.0.0.1:$KAFKA_PORT ..."
  STARTED_AT[kafka]=$SECONDS
  : >"$LOGS/kafka.log"
  kafka_classpath
  sed "s|@DATA_DIR@|$KAFKA_DIR/data|" "$DEPLOY/local/kafka/server.properties" >"$KAFKA_DIR/server.properties"
  format_kafka_storage
  launch kafka java -Xms256m -Xmx512m -Djava.net.preferIPv4Stack=true -Dorg.apache.logging.log4j.level=INFO \
    -cp "$KAFKA_CP" kafka.Kafka "$KAFKA_DIR/server.properties"
}

# create_topics: deploy/local/kafka/topics.txt, in one JVM; this is also the client check.
create_topics() {
  local summary
  summary=$(java -cp "$KAFKA_CP" "$DEPLOY/local/kafka/CreateTopics.java" \
    "127.0.0.1:$KAFKA_PORT" "$DEPLOY/local/kafka/topics.txt" 2>"$LOGS/topics.log") \
    || die "could not create the Kafka topics: $(tail -n 1 "$LOGS/topics.log")"
  info "kafka: $summary"
}

wait_for_kafka() {
  wait_until kafka "$KAFKA_TIMEOUT" listening "$KAFKA_PORT"
  create_topics
  ready kafka
}

# --- GreenMail --------------------------------------------------------------------------

start_greenmail() {
  if running greenmail; then
    step "greenmail: already running on 127.0.0.1:$GREENMAIL_SMTP_PORT (pid $(pid_of greenmail))"
    return
  fi
  require_free_ports "$GREENMAIL_SMTP_PORT" "$GREENMAIL_IMAP_PORT" "$GREENMAIL_API_PORT"
  step "greenmail: starting on 127.0.0.1:$GREENMAIL_SMTP_PORT (SMTP), $GREENMAIL_IMAP_PORT (IMAP), $GREENMAIL_API_PORT (API) ..."
  STARTED_AT[greenmail]=$SECONDS
  : >"$LOGS/greenmail.log"
  download greenmail "com.icegreen:greenmail-standalone:$GREENMAIL_VERSION" "$GREENMAIL_JAR"
  # GreenMail's REST API defaults to port 8080, which is the console's.
  launch greenmail java -Xmx128m -Djava.net.preferIPv4Stack=true \
    -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.auth.disabled \
    -Dgreenmail.hostname=127.0.0.1 -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$GREENMAIL_API_PORT" \
    -jar "$GREENMAIL_JAR"
}

wait_for_greenmail() {
  wait_until greenmail "$GREENMAIL_TIMEOUT" listening "$GREENMAIL_SMTP_PORT" "$GREENMAIL_IMAP_PORT" "$GREENMAIL_API_PORT"
  ready greenmail
}

# --- Keycloak ---------------------------------------------------------------------------

realm_sum() { sha256sum "$KEYCLOAK_REALM" | cut -d ' ' -f 1; }

realm_imported() { [[ -f $KEYCLOAK_REALM_SUM && $(<"$KEYCLOAK_REALM_SUM") == "$(realm_sum)" ]]; }

unpack_keycloak() {
  [[ -x $KEYCLOAK_HOME/bin/kc.sh ]] && return
  info "keycloak: unpacking $(basename "$KEYCLOAK_TARBALL") ..."
  rm -rf "$STACK/keycloak/unpacking"
  mkdir -p "$STACK/keycloak/unpacking"
  tar -xzf "$KEYCLOAK_TARBALL" -C "$STACK/keycloak/unpacking" \
    || die "could not unpack $KEYCLOAK_TARBALL (delete it and run up again to download it anew)"
  mv "$STACK/keycloak/unpacking/keycloak-$KEYCLOAK_VERSION" "$KEYCLOAK_HOME"
  rmdir "$STACK/keycloak/unpacking"
}

# prepare_realm_import: start-dev --import-realm skips realms that already exist, so when the
# realm file changed, the dev database (data/h2) is wiped and the realm imported afresh.
prepare_realm_import() {
  mkdir -p "$KEYCLOAK_HOME/data/import"
  cp "$KEYCLOAK_REALM" "$KEYCLOAK_HOME/data/import/"
  if ! realm_imported; then
    rm -rf "$KEYCLOAK_HOME/data/h2"
    realm_sum >"$KEYCLOAK_REALM_SUM"
  fi
}

start_keycloak() {
  if running keycloak; then
    if realm_imported; then
      step "keycloak: already running on 127.0.0.1:$KEYCLOAK_PORT (pid $(pid_of keycloak))"
      return
    fi
    step "keycloak: $(basename "$KEYCLOAK_REALM") changed since it was imported; restarting to import it again"
    stop keycloak
  fi
  require_free_ports "$KEYCLOAK_PORT" "$KEYCLOAK_MANAGEMENT_PORT"
  step "keycloak: starting on 127.0.0.1:$KEYCLOAK_PORT ..."
  STARTED_AT[keycloak]=$SECONDS
  : >"$LOGS/keycloak.log"
  download keycloak "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" "$KEYCLOAK_TARBALL"
  unpack_keycloak
  prepare_realm_import
  # Without --http-host Keycloak binds 0.0.0.0; its management interface (health) follows it.
  launch keycloak env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" JAVA_OPTS_APPEND="-Djava.net.preferIPv4Stack=true" \
    "$KEYCLOAK_HOME/bin/kc.sh" start-dev --import-realm \
    --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
    --health-enabled=true --http-management-port="$KEYCLOAK_MANAGEMENT_PORT"
}

wait_for_keycloak() {
  wait_until keycloak "$KEYCLOAK_TIMEOUT" http_ok "$KEYCLOAK_READY_URL"
  ready keycloak
}

# --- commands ---------------------------------------------------------------------------

require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || die "'$tool' is not installed or not on PATH"
  done
}

up() {
  local start=$SECONDS
  require_tools java mvn curl ss tar sha256sum setsid
  mkdir -p "$RUN" "$LOGS" "$DOWNLOADS" "$KAFKA_DIR" "$STACK/keycloak"
  ensure_postgres
  # Launch the three servers first, then wait for each: Keycloak's start dominates.
  start_kafka
  start_greenmail
  start_keycloak
  wait_for_kafka
  wait_for_greenmail
  wait_for_keycloak
  echo "stack: up ($((SECONDS - start)) s); logs in .stack/logs/"
}

down() {
  stop keycloak
  stop greenmail
  stop kafka
  stop_postgres
}

# status_line NAME PORT DETAIL: one line; returns 1 when NAME is not up.
status_line() {
  local name=$1 port=$2 detail=$3
  if running "$name" && listening "$port"; then
    printf '%-10s %-8s 127.0.0.1:%-5s %s (pid %s)\n' "$name" up "$port" "$detail" "$(pid_of "$name")"
  elif running "$name"; then
    printf '%-10s %-8s 127.0.0.1:%-5s %s (pid %s)\n' "$name" starting "$port" "$detail" "$(pid_of "$name")"
    return 1
  elif listening "$port"; then
    printf '%-10s %-8s 127.0.0.1:%-5s port held by %s, not by this stack\n' "$name" down "$port" "$(port_holder "$port")"
    return 1
  else
    printf '%-10s %-8s 127.0.0.1:%-5s %s\n' "$name" down "$port" "$detail"
    return 1
  fi
}

status() {
  local all_up=0 owner="the machine's server"
  [[ -f $RUN/postgres.started ]] && owner="started by this stack"
  if pg_answers 2>/dev/null; then
    local used
    used=$(pg_admin -c "select format('; %s of %s connections in use', count(*), current_setting('max_connections'))
                          from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()" 2>/dev/null) || used=''
    printf '%-10s %-8s 127.0.0.1:%-5s %s%s\n' postgres up "$PG_PORT" "$owner" "$used"
  else
    printf '%-10s %-8s 127.0.0.1:%-5s\n' postgres down "$PG_PORT"
    all_up=1
  fi
  status_line kafka "$KAFKA_PORT" "controller $KAFKA_CONTROLLER_PORT" || all_up=1
  status_line greenmail "$GREENMAIL_SMTP_PORT" "SMTP; IMAP $GREENMAIL_IMAP_PORT, API $GREENMAIL_API_PORT" || all_up=1
  status_line keycloak "$KEYCLOAK_PORT" "realm centinela; management $KEYCLOAK_MANAGEMENT_PORT" || all_up=1
  return "$all_up"
}

case ${1:-} in
  up) up ;;
  down) down ;;
  status) status ;;
  postgres)
    require_tools psql pg_isready
    mkdir -p "$RUN" "$LOGS"
    ensure_postgres
    ;;
  stop)
    # One component, e.g. for a test of what happens while the broker is down: 'stop kafka', then 'up'.
    case ${2:-} in
      kafka | greenmail | keycloak) stop "$2" ;;
      *) die "usage: $0 stop kafka|greenmail|keycloak" ;;
    esac
    ;;
  *)
    echo "usage: $0 up|down|status|postgres|stop <component>" >&2
    exit 2
    ;;
esac
