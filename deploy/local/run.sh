#!/usr/bin/env bash
# `make run`: the local stack, every service and the Twilio sandbox, until Ctrl-C or `make stop`.
# Stops on exit only what it started: a stack that was already up stays up.
set -euo pipefail
cd "$(dirname "$0")/../.."

STACK=deploy/local/stack.sh
SERVICES=deploy/local/services.sh

if $STACK status >/dev/null 2>&1; then stack_was_up=1; else stack_was_up=0; fi

shutdown() {
  trap - INT TERM EXIT
  echo
  echo "==> stopping"
  $SERVICES stop
  if [[ $stack_was_up == 0 ]]; then $STACK down; fi
}
trap shutdown INT TERM EXIT

$STACK up
$SERVICES start
echo "==> demo network (through escalation's API, as an operator)"
java deploy/local/demo/DemoNetwork.java http://127.0.0.1:8083 http://127.0.0.1:8180/realms/centinela

cat <<TXT

Centinela is running on this machine (127.0.0.1 only):
  console         http://127.0.0.1:8080   (the operator console: sign in as one of the users below)
  intake          http://127.0.0.1:8081
  risk-scoring    http://127.0.0.1:8082
  escalation      http://127.0.0.1:8083
  notification    http://127.0.0.1:8084
  Twilio sandbox  http://127.0.0.1:8089   (the phones page)
  Keycloak        http://127.0.0.1:8180   (realm centinela; admin / admin)
  SMTP sink       127.0.0.1:3025, read mail over IMAP on 127.0.0.1:3143
  Kafka           127.0.0.1:9092
Health, metrics and the OpenAPI document of each service are on its management port, 1000 above its HTTP port:
  http://127.0.0.1:9081/q/health/ready, http://127.0.0.1:9083/q/metrics, http://127.0.0.1:9082/q/openapi, ...

Local users of the console and the APIs (password = user name):
  operadora  operator   runs the network: alerts, people, policies, risk model, audit log
  auditora   auditor    reads alerts and the audit log, changes nothing
  ana        responder  sees and answers the alerts she was asked to help with
Demo: on the phones page, text "SOS" from Marta's number +50255500001 and watch her network wake up;
"BIEN 2468" cancels it (the duress PIN 1357 looks the same to her, and escalates as critical).
  TOKEN=\$(curl -s -d grant_type=password -d client_id=centinela-cli -d username=operadora \\
      -d password=operadora http://127.0.0.1:8180/realms/centinela/protocol/openid-connect/token | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
  curl -H "Authorization: Bearer \$TOKEN" http://127.0.0.1:8083/api/v1/alerts

Health: make status.   Logs: make logs.   Stop: Ctrl-C here, or make stop.
TXT

# Wait until Ctrl-C, or until `make stop` has stopped the services from another terminal.
while [[ $($SERVICES status) == *" up "* ]]; do sleep 2; done
