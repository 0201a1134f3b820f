package org.centinela.system.chaos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * The faults of the chaos run, on a schedule spread over the load: kill -9 of each replica of each service in turn
 * (started again after a pause), a graceful restart (SIGTERM) of one replica of each, kill -9 of one Kafka node at a
 * time (the active controller first), PostgreSQL restarted in immediate mode and paused (SIGSTOP), GreenMail
 * paused; and all along, carrier faults planned at the Twilio sandbox (HTTP 500 past the SDK's retries, timeouts
 * past the SDK's, undelivered SMS, calls not answered). Both replicas of a service are never down together.
 */
final class FaultSchedule {

    /** One fault done: when, to what, and until when it lasted. */
    record Fault(Instant at, Instant until, String kind, String target, boolean ok) {
    }

    private static final List<String> SERVICES = List.of("intake", "risk-scoring", "escalation", "notification", "console");
    private static final Duration SERVICE_DOWN = Duration.ofSeconds(10);
    private static final int REPLICAS_RESTARTING_AT_MOST = 2;
    private static final Duration BROKER_DOWN = Duration.ofSeconds(20);
    private static final int POSTGRES_PAUSE_SECONDS = 20;
    private static final int GREENMAIL_PAUSE_SECONDS = 30;
    private static final String[][] CARRIER_FAULTS = {
        {"SMS", "HTTP_500", "3"}, {"VOICE", "NO_ANSWER", "1"}, {"SMS", "UNDELIVERED", "1"}, {"SMS", "TIMEOUT", "1"},
        {"VOICE", "HTTP_500", "3"}, {"VOICE", "TIMEOUT", "1"}, {"VOICE", "UNDELIVERED", "1"}};

    private final Cluster cluster;
    private final ChaosSettings settings;
    private final String sandbox;
    private final String kafka;
    private final List<Fault> done = new CopyOnWriteArrayList<>();
    private final Set<String> restarting = ConcurrentHashMap.newKeySet();
    private final ExecutorService background = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "chaos-fault");
        thread.setDaemon(true);
        return thread;
    });
    private final ExecutorService infrastructure = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "chaos-infrastructure-fault");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Future<?>> pending = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private volatile boolean over;

    FaultSchedule(Cluster cluster, ChaosSettings settings, Map<String, String> at) {
        this.cluster = cluster;
        this.settings = settings;
        this.sandbox = at.get("sandbox");
        this.kafka = at.get("kafka");
    }

    /** A fault to do: what it strikes ("intake", "kafka", "postgres", "greenmail"…), and doing it. */
    record Planned(String target, Runnable fault) {

        /** Whether it strikes a replica of a service (else the infrastructure: a broker, PostgreSQL, GreenMail). */
        boolean replica() {
            return SERVICES.contains(target);
        }
    }

    /** The faults, in the order they are started. */
    List<Planned> plan() {
        List<Planned> kills = new ArrayList<>();
        List<Planned> terms = new ArrayList<>();
        for (String service : SERVICES) {
            kills.add(new Planned(service, () -> replica("kill", service + "-1")));
            terms.add(new Planned(service, () -> replica("term", service + "-2")));
        }
        for (String service : SERVICES) {
            kills.add(new Planned(service, () -> replica("kill", service + "-2")));
            terms.add(new Planned(service, () -> replica("term", service + "-1")));
        }
        Set<String> brokersKilled = new LinkedHashSet<>();
        List<Planned> infrastructure = new ArrayList<>(List.of(
                new Planned("kafka", () -> broker(brokersKilled, true)),
                new Planned("postgres", this::postgresRestart),
                new Planned("greenmail", this::greenmailPause),
                new Planned("kafka", () -> broker(brokersKilled, false)),
                new Planned("postgres", this::postgresPause),
                new Planned("kafka", () -> broker(brokersKilled, false))));
        List<Planned> chosen = switch (settings.faults()) {
            case "none" -> List.of();
            case "some" -> List.of(kills.get(2), infrastructure.get(0), terms.get(3), infrastructure.get(1),
                    kills.get(3), infrastructure.get(4), infrastructure.get(2), kills.get(5));
            default -> {
                // A graceful restart of one replica of each service is enough; the kills take every replica.
                List<Planned> all = new ArrayList<>();
                List<Planned> graceful = terms.subList(0, SERVICES.size());
                int most = Math.max(kills.size(), Math.max(graceful.size(), infrastructure.size()));
                for (int i = 0; i < most; i++) {
                    for (List<Planned> kind : List.of(kills, infrastructure, graceful)) {
                        if (i < kind.size()) {
                            all.add(kind.get(i));
                        }
                    }
                }
                // "all", or only what strikes the targets named, e.g. "kafka,intake" to look into one finding.
                Set<String> targets = Set.of(settings.faults().split(","));
                yield "all".equals(settings.faults()) ? all
                        : all.stream().filter(planned -> targets.contains(planned.target())).toList();
            }
        };
        return chosen;
    }

    /** Runs the plan spread over {@code span}, and carrier faults all along; returns when the plan is done. */
    void run(Duration span) {
        List<Planned> plan = plan();
        Future<?> carrier = background.submit(this::carrierFaults);
        long gap = plan.isEmpty() ? 0 : span.toMillis() / (plan.size() + 1);
        long start = System.currentTimeMillis();
        for (int i = 0; i < plan.size(); i++) {
            long due = start + (i + 1) * gap;
            sleepUntil(due);
            // A replica's fault waits on its own thread for its sibling to be back, holding up no other fault; the
            // infrastructure's go one after the other (two brokers down together would stop every write).
            Planned planned = plan.get(i);
            pending.add((planned.replica() ? background : infrastructure).submit(() -> attempt(planned)));
        }
        sleepUntil(start + span.toMillis());
        over = true;
        carrier.cancel(true);
    }

    /** Does {@code planned}; one that could not be done is reported as a fault that did not go as planned. */
    private void attempt(Planned planned) {
        Instant at = Instant.now();
        try {
            planned.fault().run();
        } catch (RuntimeException e) {
            log("could not be done (" + e.getMessage() + ")", planned.target(), at);
            done.add(new Fault(at, Instant.now(), "not done: " + e.getMessage(), planned.target(), false));
        }
    }

    /**
     * Waits for every fault and restart in flight (a fault still waiting for its sibling adds its restart when it
     * is done), then makes sure everything is up again.
     */
    void settle() {
        over = true;
        long deadline = System.currentTimeMillis() + TimeUnit.MINUTES.toMillis(10);
        while (pending.stream().anyMatch(one -> !one.isDone()) && System.currentTimeMillis() < deadline) {
            for (Future<?> one : pending) {
                try {
                    one.get(5, TimeUnit.MINUTES);
                } catch (Exception e) {
                    // started again below
                }
            }
        }
        whole();
        background.shutdownNow();
        infrastructure.shutdownNow();
    }

    /** Starts whatever of the cluster is not running (a fault of an earlier run interrupted, say). */
    void whole() {
        for (String name : List.of("kafka-1", "kafka-2", "kafka-3", "greenmail")) {
            cluster.run("start", name);
        }
        for (String service : SERVICES) {
            cluster.run("start", service + "-1");
            cluster.run("start", service + "-2");
        }
    }

    List<Fault> done() {
        List<Fault> sorted = new ArrayList<>(done);
        sorted.sort((a, b) -> a.at().compareTo(b.at()));
        return Collections.unmodifiableList(sorted);
    }

    /**
     * Takes {@code name} for a fault, unless it or its sibling is still down from another one, or
     * {@link #REPLICAS_RESTARTING_AT_MOST} replicas are: more JVMs starting at once starve two cores, and the steps
     * that go through them fire late.
     */
    private synchronized boolean claimReplica(String name, String sibling) {
        if (restarting.contains(name) || restarting.contains(sibling)
                || restarting.size() >= REPLICAS_RESTARTING_AT_MOST) {
            return false;
        }
        restarting.add(name);
        return true;
    }

    /** kill -9 or SIGTERM of one replica, started again after a pause, in the background. */
    private void replica(String how, String name) {
        String sibling = name.endsWith("-1") ? name.substring(0, name.length() - 1) + "2"
                : name.substring(0, name.length() - 1) + "1";
        while (!claimReplica(name, sibling) && !Thread.currentThread().isInterrupted()) {
            Load.pause(1);
        }
        Instant at = Instant.now();
        boolean ok = cluster.run(how, name);
        log(how.equals("kill") ? "kill -9" : "SIGTERM", name, at);
        pending.add(background.submit(() -> {
            sleep(SERVICE_DOWN);
            boolean started = cluster.run("start", name);
            done.add(new Fault(at, Instant.now(), how.equals("kill") ? "kill -9" : "SIGTERM", name, ok && started));
            restarting.remove(name);
        }));
    }

    /** kill -9 of a Kafka node (the active controller when {@code controller}, else one not killed yet), restarted. */
    private void broker(Set<String> killed, boolean controller) {
        String target;
        if (controller) {
            target = activeController();
        } else {
            target = List.of("kafka-1", "kafka-2", "kafka-3").stream().filter(node -> !killed.contains(node))
                    .findFirst().orElse("kafka-1");
        }
        killed.add(target);
        Instant at = Instant.now();
        log("kill -9" + (controller ? " (active controller)" : ""), target, at);
        boolean ok = cluster.run("kill", target);
        sleep(BROKER_DOWN);
        ok &= cluster.run("start", target);
        // Its replicas back in sync before the next broker fault: two nodes down would stop every write.
        sleep(Duration.ofSeconds(10));
        done.add(new Fault(at, Instant.now(), "kill -9" + (controller ? " (active controller)" : ""), target, ok));
    }

    /** The node leading the KRaft quorum now, as the quorum describes itself to an admin client. */
    private String activeController() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        RuntimeException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try (Admin admin = Admin.create(props)) {
                return "kafka-" + admin.describeMetadataQuorum().quorumInfo().get(30, TimeUnit.SECONDS).leaderId();
            } catch (Exception e) {
                try {
                    return cluster.controller();
                } catch (RuntimeException alsoNot) {
                    last = alsoNot;
                }
            }
        }
        throw new IllegalStateException("the active controller could not be found", last);
    }

    private void postgresRestart() {
        Instant at = Instant.now();
        log("pg_ctl restart -m immediate", "postgres", at);
        boolean ok = cluster.run("pg-restart");
        done.add(new Fault(at, Instant.now(), "pg_ctl restart -m immediate", "postgres", ok));
    }

    private void postgresPause() {
        Instant at = Instant.now();
        log("SIGSTOP " + POSTGRES_PAUSE_SECONDS + " s", "postgres", at);
        boolean ok = cluster.run("pg-pause", String.valueOf(POSTGRES_PAUSE_SECONDS));
        done.add(new Fault(at, Instant.now(), "SIGSTOP " + POSTGRES_PAUSE_SECONDS + " s", "postgres", ok));
    }

    private void greenmailPause() {
        Instant at = Instant.now();
        log("down (SIGSTOP) " + GREENMAIL_PAUSE_SECONDS + " s", "greenmail", at);
        pending.add(background.submit(() -> {
            boolean ok = cluster.run("pause", "greenmail", String.valueOf(GREENMAIL_PAUSE_SECONDS));
            done.add(new Fault(at, Instant.now(), "down (SIGSTOP) " + GREENMAIL_PAUSE_SECONDS + " s", "greenmail", ok));
        }));
    }

    /** One carrier fault planned at the sandbox every so often, the kinds in turn. */
    private void carrierFaults() {
        int next = 0;
        while (!over && !Thread.currentThread().isInterrupted()) {
            sleep(settings.sandboxFaultEvery());
            String[] fault = CARRIER_FAULTS[next++ % CARRIER_FAULTS.length];
            Instant at = Instant.now();
            boolean ok = planCarrierFault(fault[0], fault[1], Integer.parseInt(fault[2]));
            done.add(new Fault(at, at, "carrier " + fault[1] + " x" + fault[2], fault[0], ok));
        }
    }

    private boolean planCarrierFault(String channel, String mode, int count) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(sandbox + "/sandbox/faults"))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(5))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"channel\":\"" + channel + "\",\"mode\":\"" + mode
                            + "\",\"count\":" + count + "}")).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode() == 202;
        } catch (Exception e) {
            return false;
        }
    }

    private static void log(String kind, String target, Instant at) {
        System.out.printf("    fault %s: %s %s%n", at.toString().substring(11, 19), kind, target);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepUntil(long epochMillis) {
        long wait = epochMillis - System.currentTimeMillis();
        if (wait > 0) {
            sleep(Duration.ofMillis(wait));
        }
    }
}
