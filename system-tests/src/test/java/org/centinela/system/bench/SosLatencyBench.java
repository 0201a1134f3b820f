package org.centinela.system.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * {@code make bench}: against the running stack of {@code make run}, signed SOS webhooks at a fixed rate (20/s for
 * 60 s after 5 s of warm-up, then a burst of 500/s for 10 s), each from a defender of her own, and for each the time
 * from the webhook request to the first outbound SMS request of her alert arriving at the Twilio sandbox; in the same
 * run one bare Kafka hop on the same broker, and the resident memory of each service. Prints a table and writes
 * {@code system-tests/target/bench/report.json}.
 *
 * <p>Settings ({@code -D…}): {@code bench.rate} (20), {@code bench.seconds} (60), {@code bench.burst-rate} (500),
 * {@code bench.burst-seconds} (10), {@code bench.warm-up-seconds} (5), {@code bench.intake}, {@code bench.risk-scoring},
 * {@code bench.escalation}, {@code bench.notification}, {@code bench.sandbox} (the ports of make run), the same
 * with {@code -management} for each one's management interface, where its readiness is read
 * ({@code bench.intake-management}, …; make run's, 1000 above the HTTP port),
 * {@code bench.webhook-base-url} (intake's twilio.webhook-base-url), {@code bench.realm},
 * {@code kafka.bootstrap.servers}, {@code bench.report}.
 */
public final class SosLatencyBench {

    private static final String INTAKE = setting("bench.intake", "http://127.0.0.1:8081");
    private static final String RISK_SCORING = setting("bench.risk-scoring", "http://127.0.0.1:8082");
    private static final String ESCALATION = setting("bench.escalation", "http://127.0.0.1:8083");
    private static final String NOTIFICATION = setting("bench.notification", "http://127.0.0.1:8084");
    private static final String SANDBOX = setting("bench.sandbox", "http://127.0.0.1:8089");
    private static final String WEBHOOK_BASE = setting("bench.webhook-base-url", INTAKE);
    private static final String REALM = setting("bench.realm", "http://127.0.0.1:8180/realms/centinela");
    private static final String KAFKA = setting("kafka.bootstrap.servers", "127.0.0.1:9092");
    /** The management interfaces of make run's apps. */
    private static final Map<String, String> LOCAL_MANAGEMENT = Map.of("intake", "http://127.0.0.1:9081",
            "risk-scoring", "http://127.0.0.1:9082", "escalation", "http://127.0.0.1:9083",
            "notification", "http://127.0.0.1:9084", "twilio-sandbox", "http://127.0.0.1:9089");
    private static final Path REPORT = Path.of(setting("bench.report", "target/bench/report.json"));
    private static final Duration DRAIN_PATIENCE = Duration.ofSeconds(Integer.getInteger("bench.drain-seconds", 240));
    private static final Duration STALL = Duration.ofSeconds(30);

    private SosLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        SosLoad.Phase steady = new SosLoad.Phase("steady", Integer.getInteger("bench.rate", 20),
                Integer.getInteger("bench.seconds", 60));
        SosLoad.Phase burst = new SosLoad.Phase("burst", Integer.getInteger("bench.burst-rate", 500),
                Integer.getInteger("bench.burst-seconds", 10));
        SosLoad.Phase warmUp = new SosLoad.Phase("warm-up", steady.perSecond(),
                Integer.getInteger("bench.warm-up-seconds", 5));
        Map<String, String> services = new LinkedHashMap<>();
        services.put("intake", INTAKE);
        services.put("risk-scoring", RISK_SCORING);
        services.put("escalation", ESCALATION);
        services.put("notification", NOTIFICATION);
        services.put("twilio-sandbox", SANDBOX);
        System.out.printf("Centinela SOS benchmark on %s%n", Machine.describe());
        services.keySet().forEach(SosLatencyBench::requireReady);

        try (ResidentMemory memory = new ResidentMemory(services.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, service -> URI.create(service.getValue()).getPort(), (a, b) -> a, LinkedHashMap::new)))) {
            System.out.printf("==> one bare Kafka hop on %s (acks=all, 512 B, 2,000 records one at a time)%n", KAFKA);
            Latencies kafkaHop = KafkaHop.measure(KAFKA, 200, 2_000, 512);
            System.out.printf("    p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", kafkaHop.p50Ms(), kafkaHop.p99Ms(),
                    kafkaHop.maxMs());

            OperatorApi api = new OperatorApi(ESCALATION, REALM);
            BenchNetwork network = new BenchNetwork(api, new IntakeDirectory(INTAKE));
            Dispatches dispatches = new Dispatches(SANDBOX, api);
            int count = warmUp.count() + steady.count() + burst.count();
            System.out.printf("==> the bench network (%d defenders, one SOS each; made once, kept for later runs)%n", count);
            network.contactAndPolicy();
            List<BenchNetwork.Defender> defenders = network.defenders(count, 2,
                    ready -> progress("    %d defenders ready", ready));
            System.out.println();
            Set<String> ids = defenders.stream().map(BenchNetwork.Defender::id).collect(Collectors.toSet());
            resolve(api, dispatches, ids, "alerts left open by an earlier run");

            SosLoad load = new SosLoad(INTAKE + "/twilio/sms", WEBHOOK_BASE + "/twilio/sms", dispatches.centinelaNumber());
            // Not counted: it warms the services' code up, and shows that the stack is free to answer.
            PhaseResult warm = run(warmUp, defenders.subList(0, warmUp.count()), load, dispatches);
            if (warm.dispatched() < warm.accepted()) {
                System.err.printf("only %d of the %d warm-up SOS reached the sandbox: the stack is busy (a backlog?) or"
                        + " not wired to this sandbox; see .stack/logs/notification.log%n", warm.dispatched(),
                        warm.accepted());
                System.exit(1);
            }
            int steadyEnd = warmUp.count() + steady.count();
            PhaseResult steadyResult = run(steady, defenders.subList(warmUp.count(), steadyEnd), load, dispatches);
            PhaseResult burstResult = run(burst, defenders.subList(steadyEnd, defenders.size()), load, dispatches);
            Map<String, long[]> rss = memory.megabytes();

            Report.print(steadyResult, burstResult, kafkaHop, rss);
            Report.write(REPORT, steadyResult, burstResult, kafkaHop, rss);
            System.out.printf("report: %s%n", REPORT.toAbsolutePath().normalize());
            resolve(api, dispatches, ids, "the benchmark's alerts, so that the next run opens new ones");
        }
    }

    private static PhaseResult run(SosLoad.Phase phase, List<BenchNetwork.Defender> defenders, SosLoad load,
            Dispatches dispatches) {
        List<SosLoad.Sos> sos = load.prepare(defenders);
        System.out.printf("==> %s: %d SOS a second for %d s%n", phase.name(), phase.perSecond(), phase.seconds());
        Instant start = Instant.now();
        AtomicInteger sent = new AtomicInteger();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> progress("    %d/%d sent, %d accepted", sent.get(), sos.size(),
                sos.stream().filter(SosLoad.Sos::accepted).count()), 1, 1, TimeUnit.SECONDS);
        try {
            load.send(sos, phase.perSecond(), sent);
        } finally {
            ticker.shutdownNow();
        }
        int accepted = (int) sos.stream().filter(SosLoad.Sos::accepted).count();
        progress("    %d/%d sent, %d accepted", sent.get(), sos.size(), accepted);
        System.out.println();

        Map<String, Instant> firstSms = Map.of();
        Instant waitedSince = Instant.now();
        Instant lastProgress = Instant.now();
        int dispatched = -1;
        while (Duration.between(waitedSince, Instant.now()).compareTo(DRAIN_PATIENCE) < 0
                && Duration.between(lastProgress, Instant.now()).compareTo(STALL) < 0) {
            firstSms = dispatches.firstSms(BenchNetwork.CONTACT_PHONE, start);
            if (firstSms.size() != dispatched) {
                dispatched = firstSms.size();
                lastProgress = Instant.now();
            }
            progress("    %d/%d alerts' first SMS at the sandbox", dispatched, accepted);
            if (dispatched >= accepted) {
                break;
            }
            pause(Duration.ofSeconds(2));
        }
        System.out.println();
        Map<String, String> codes = dispatches.codes(defenders.stream().map(BenchNetwork.Defender::id)
                .collect(Collectors.toSet()), start);
        List<Double> toFirstSms = new ArrayList<>();
        List<Double> answers = new ArrayList<>();
        for (SosLoad.Sos one : sos) {
            if (!one.accepted()) {
                continue;
            }
            answers.add(one.answerMs());
            String code = codes.get(one.defender.id());
            Instant first = code == null ? null : firstSms.get(code);
            if (first != null) {
                toFirstSms.add(Duration.between(one.sentAt, first).toNanos() / 1_000_000.0);
            }
        }
        return new PhaseResult(phase, sos.size(), accepted, toFirstSms.size(), Latencies.of(toFirstSms),
                Latencies.of(answers));
    }

    /** Resolves, as the operator, every alert of the bench defenders that is not over, and waits until none is left. */
    private static void resolve(OperatorApi api, Dispatches dispatches, Set<String> defenders, String what) {
        Set<String> open = dispatches.open(defenders);
        if (open.isEmpty()) {
            return;
        }
        System.out.printf("==> resolving %d %s%n", open.size(), what);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (String alert : open) {
                pool.submit(() -> api.post("/api/v1/alerts/" + alert + "/responses", Map.of("kind", "RESOLVE")));
            }
        } finally {
            pool.shutdown();
        }
        try {
            pool.awaitTermination(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!(open = dispatches.open(defenders)).isEmpty() && Instant.now().isBefore(deadline)) {
            progress("    %d still open", open.size());
            pause(Duration.ofSeconds(2));
        }
        progress("    %d still open", open.size());
        System.out.println();
    }

    /** Exits unless {@code name}'s readiness check, on its management interface, answers 200. */
    private static void requireReady(String name) {
        String url = setting("bench." + name.replace("twilio-", "") + "-management", LOCAL_MANAGEMENT.get(name));
        try {
            HttpRequest ready = HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).timeout(Duration.ofSeconds(5))
                    .build();
            int status = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return;
            }
        } catch (IOException notListening) {
            // reported below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.err.printf("%s is not ready at %s: start the stack first (make run)%n", name, url);
        System.exit(2);
    }

    private static void progress(String format, Object... values) {
        System.out.printf("\r" + format + "        ", values);
        System.out.flush();
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String setting(String name, String otherwise) {
        return System.getProperty(name, otherwise);
    }
}
