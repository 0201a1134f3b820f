# Centinela: the two commands a newcomer needs are `make run` and `make test`.
SHELL := /bin/bash
MVN ?= mvn -B -ntp
STACK := deploy/local/stack.sh
SERVICES := deploy/local/services.sh

.PHONY: help build run stop test logs status demo chaos bench bench-risk bench-notification bench-escalation browser replay-dlq

help:
	@echo "make run     build, start the local stack and every service with demo data (Ctrl-C stops)"
	@echo "make test    unit and integration tests against the real local stack"
	@echo "make build   package every module, tests skipped"
	@echo "make stop    stop the services and the stack that make run started"
	@echo "make status  what is up"
	@echo "make logs    follow the logs of the stack and the services"
	@echo "make demo    the graded response played and narrated (es/en) on the stack of make run; watch http://127.0.0.1:8089/"
	@echo "make chaos   three Kafka nodes, two replicas of every service, 7 min of load and faults; checks nothing is lost or doubled (about 16 min in all)"
	@echo "make bench   SOS webhook -> first SMS at the sandbox, 20/s for 60 s then 500/s for 10 s, on the stack of make run"
	@echo "make bench-risk  JMH of the scoring function, then the throughput of the running risk-scoring (needs make run)"
	@echo "make bench-notification  send rate through the Twilio sandbox and GreenMail, and the drain time of 600 requests of one CRITICAL alert"
	@echo "make bench-escalation  timer lateness with 10,000 open escalations, fan-out of one CRITICAL alert to 600 requests"
	@echo "make replay-dlq TOPIC=<topic>.dlq  re-publish its dead letters to <topic>, once each (DRY_RUN=1 lists them; BOOTSTRAP=host:port)"

build:
	$(MVN) -DskipTests install

run: build
	@deploy/local/run.sh

stop:
	@$(SERVICES) stop
	@$(STACK) down

status:
	@$(STACK) status || true
	@$(SERVICES) status

logs:
	@tail -n 50 -F .stack/logs/*.log

# The console's browser tests drive Debian's headless chromium through its chromedriver: installed when missing.
browser:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  echo "==> installing chromium and chromium-driver (Debian packages) for the console's browser tests"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver; \
	fi

# Brings the stack up if it is not, runs every *Test and *IT, and leaves the stack as it found it.
test: browser
	@if $(STACK) status >/dev/null 2>&1; then was_up=1; else was_up=0; fi; \
	$(STACK) up || exit 1; \
	$(MVN) verify; result=$$?; \
	if [ $$was_up = 0 ]; then $(STACK) down; fi; \
	exit $$result

# Against the running stack of `make run` (in another terminal): Marta's SOS, level by level until a quorum of the
# protection unit acknowledges, narrated in Spanish and English. DEMO="-Ddemo.pause-seconds=4" slows it down.
demo:
	$(MVN) -q -pl system-tests -Pdemo -DskipTests package -Ddemo.options="$(DEMO)"

# Against the running stack of `make run`: signed SOS webhooks at a fixed rate, each timed to the first SMS request
# at the Twilio sandbox; a bare Kafka hop; each service's RSS. Prints a table, writes system-tests/target/bench/report.json.
# BENCH="-Dbench.rate=20 -Dbench.seconds=60 -Dbench.burst-rate=500 -Dbench.burst-seconds=10" changes the load.
bench:
	$(MVN) -q -pl system-tests -Pbench -DskipTests package -Dbench.options="$(BENCH)"

# The scoring function (JMH) and, against the running stack of `make run`, the whole consumer end to end.
bench-risk:
	$(MVN) -pl services/risk-scoring -am -Pbench -DskipTests package -Djmh.include=RiskScorerBenchmark.realisticMix
	$(MVN) -q -pl services/risk-scoring -Pbench -DskipTests package -Djmh.skip=true -Dthroughput.skip=false

# Step-timer lateness with 10,000 open escalations and the fan-out of one CRITICAL alert, on the real
# broker and a database of its own (centinela_escalation_bench); brings the stack up if it is not.
bench-escalation:
	@$(STACK) up
	$(MVN) -pl services/escalation -am test -Dtest=EscalationBench -Dsurefire.failIfNoSpecifiedTests=false

# Notification's send rate and the time to drain one CRITICAL alert's 600 requests (200 responders x SMS, call,
# e-mail), through its own packaged Twilio sandbox and the stack's GreenMail, with the production rate limit off.
bench-notification:
	@$(STACK) up
	$(MVN) -pl services/notification -am -Pbench -DskipTests package

# A cluster of its own (deploy/chaos/cluster.sh: three Kafka nodes, PostgreSQL, Keycloak, GreenMail, the sandbox and two
# replicas of every service, on ports and data of its own under .chaos/), the load with faults on a schedule, then
# the invariants; the cluster is stopped whatever happens. Writes system-tests/target/chaos/report.json.
# CHAOS="-Dchaos.rate=1 -Dchaos.seconds=120 -Dchaos.faults=some" makes it shorter; docs/reliability.md says more.
chaos: build
	@trap 'deploy/chaos/cluster.sh down' EXIT INT TERM; \
	deploy/chaos/cluster.sh up || exit 1; \
	$(MVN) -q -pl system-tests -Pchaos -DskipTests package -Dchaos.options="$(CHAOS)"

# After the fix that lets a consumer read them: the records of a dead-letter topic back on the topic they came from,
# same key, value and headers, each once however often this is run (deploy/dead-letters/README.md).
# DRY_RUN=1 lists them (partition, offset, reason, original topic; never a key or value). BOOTSTRAP=host:port.
replay-dlq:
	@[[ "$(TOPIC)" == ?*.dlq ]] || { echo "usage: make replay-dlq TOPIC=<topic>.dlq [DRY_RUN=1] [BOOTSTRAP=host:port]" >&2; exit 2; }
	@$(MVN) -q -pl deploy/dead-letters -DskipTests package
	@java -cp "deploy/dead-letters/target/classes:$$(cat deploy/dead-letters/target/classpath.txt)" \
	  org.centinela.deadletters.ReplayDeadLetters --topic "$(TOPIC)" --bootstrap "$(or $(BOOTSTRAP),127.0.0.1:9092)" \
	  $(if $(filter 1 true yes,$(DRY_RUN)),--dry-run)
