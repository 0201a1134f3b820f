package org.centinela.system.chaos;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.centinela.system.bench.Latencies;
import org.centinela.system.bench.Machine;
import org.centinela.system.bench.OperatorApi;

/**
 * {@code make chaos}: on the cluster of {@code deploy/chaos/cluster.sh} (three Kafka nodes, two replicas of every
 * service), the load of {@link Load} while {@link FaultSchedule} breaks things, then the invariants of
 * {@link Verdict} on the evidence. Prints a table, writes {@code system-tests/target/chaos/report.json}, and exits
 * with status 1 when an invariant is broken (2 when the run itself could not be made). Settings: {@link ChaosSettings}.
 */
public final class ChaosRun {

    private ChaosRun() {
    }

    public static void main(String[] args) {
        int status;
        try {
            status = run(ChaosSettings.fromSystemProperties()) ? 0 : 1;
        } catch (RuntimeException | IOException e) {
            e.printStackTrace();
            status = 2;
        }
        System.exit(status);
    }

    private static boolean run(ChaosSettings settings) throws IOException {
        Cluster cluster = new Cluster(settings.root());
        Map<String, String> at = cluster.addresses();
        String[] imap = at.get("imap").split(":");
        System.setProperty("imap.host", imap[0]);
        System.setProperty("imap.port", imap[1]);
        Instant began = Instant.now();
        System.out.printf("Centinela chaos run on %s: %.1f signals/s for %d s, faults: %s, seed %d%n",
                Machine.describe(), settings.rate(), settings.load().toSeconds(), settings.faults(), settings.seed());

        Load load = new Load(settings, at);
        List<Episode> episodes = Load.plan(settings.episodes(), settings.seed());
        System.out.printf("==> load and faults for %d s: %d defenders, each with a contact (SMS, call) and an ally "
                + "(SMS, e-mail), enrolled as the load goes%n", settings.load().toSeconds(), episodes.size());
        load.enrolAhead(episodes);
        FaultSchedule faults = new FaultSchedule(cluster, settings, at);
        faults.whole();
        Instant loadStarted = Instant.now();
        CompletableFuture<Void> breaking = CompletableFuture.runAsync(() -> faults.run(settings.load()));
        load.run(episodes, settings.episodesPerSecond());
        System.out.printf("==> every episode played (%s)%n", since(loadStarted));
        breaking.join();
        System.out.printf("==> every fault started (%s); waiting for the cluster to be whole again%n", since(loadStarted));
        faults.settle();
        System.out.printf("==> draining for %d s (%s)%n", settings.drain().toSeconds(), since(loadStarted));
        Load.pause(settings.drain().toSeconds());
        Instant loadEnded = Instant.now();

        System.out.printf("==> reading the evidence: topics, the sandbox, GreenMail (%s)%n", since(loadStarted));
        Evidence evidence = Evidence.collect(at, episodes);
        Verdict verdict = Verdict.of(episodes, evidence, faults.done(), settings);
        print(settings, load, episodes, verdict, faults.done(), Duration.between(loadStarted, loadEnded));
        write(settings, load, episodes, verdict, faults.done(), began, Duration.between(loadStarted, loadEnded));
        return verdict.passed();
    }

    /** How long since {@code start}, to see where a run's time goes: "412 s after the load started". */
    private static String since(Instant start) {
        return Duration.between(start, Instant.now()).toSeconds() + " s after the load started";
    }

    private static void print(ChaosSettings settings, Load load, List<Episode> episodes, Verdict verdict,
            List<FaultSchedule.Fault> faults, Duration took) {
        System.out.println();
        System.out.printf("Chaos run: %d episodes (%d not played: enrolment too slow), %d signals sent in %d s (load "
                + "and drain), %d faults%n", episodes.size(), verdict.notPlayed, load.signalsSent(), took.toSeconds(),
                faults.size());
        System.out.printf("  alerts opened %d; first signals never accepted %d; deliveries requested %d, at the sandbox and "
                + "GreenMail %d, reported failed %d%n", verdict.alerts, verdict.notAccepted, verdict.requested,
                verdict.delivered, verdict.failedReported);
        System.out.printf("  lost %d, duplicates %d, dead-lettered %d %s; e-mails sent again with their Message-ID %d%n",
                verdict.lost, verdict.duplicates, verdict.dlqValid, verdict.dlqByTopic, verdict.emailCopiesResent);
        System.out.printf("  check-ins closed only after their minute (alert due) %d, closed too near its end to judge %d%n",
                verdict.checkInsClosedLate, verdict.checkInsClosedNearDue);
        Latencies all = verdict.late();
        Latencies quiet = Latencies.of(verdict.latenessQuiet);
        Latencies faulted = Latencies.of(verdict.latenessUnderFaults);
        System.out.printf("  step lateness ms     %6s %9s %9s %9s%n", "count", "p50", "p99", "max");
        for (Object[] row : new Object[][] {{"all", all}, {"without faults", quiet}, {"under faults", faulted}}) {
            Latencies l = (Latencies) row[1];
            System.out.printf("    %-18s %6d %9.0f %9.0f %9.0f%n", row[0], l.count(), l.p50Ms(), l.p99Ms(), l.maxMs());
        }
        System.out.printf("%n  %-45s %8s%n", "invariant", "broken");
        verdict.checks.values().forEach(check -> {
            System.out.printf("  %-45s %8d %s%n", check.name, check.broken, check.broken == 0 ? "ok" : "FAILED");
            check.examples.forEach(example -> System.out.println("      " + example));
        });
        System.out.println("  faults:");
        faults.stream().filter(fault -> !fault.kind().startsWith("carrier")).forEach(fault -> System.out.printf(
                "    %s  %-32s %-15s %4d s%s%n", fault.at().toString().substring(11, 19), fault.kind(), fault.target(),
                Duration.between(fault.at(), fault.until()).toSeconds(), fault.ok() ? "" : "  (did not go as planned)"));
        System.out.printf("    and %d carrier faults at the sandbox%n",
                faults.stream().filter(fault -> fault.kind().startsWith("carrier")).count());
        System.out.println(verdict.passed() ? "chaos: every invariant held" : "chaos: INVARIANTS BROKEN");
        System.out.println("report: " + settings.report());
    }

    private static void write(ChaosSettings settings, Load load, List<Episode> episodes, Verdict verdict,
            List<FaultSchedule.Fault> faults, Instant began, Duration took) throws IOException {
        ObjectNode report = OperatorApi.JSON.createObjectNode();
        report.put("sent", load.signalsSent());
        report.put("alerts", verdict.alerts);
        report.put("lost", verdict.lost);
        report.put("duplicates", verdict.duplicates);
        Latencies late = verdict.late();
        report.put("lateFiringsP99Ms", Double.isNaN(late.p99Ms()) ? -1 : late.p99Ms());
        ArrayNode faultList = report.putArray("faults");
        faults.forEach(fault -> faultList.addObject().put("at", fault.at().toString())
                .put("until", fault.until().toString()).put("kind", fault.kind()).put("target", fault.target())
                .put("ok", fault.ok()));
        report.put("dlqValid", verdict.dlqValid);
        report.put("passed", verdict.passed());
        ObjectNode run = report.putObject("run");
        Machine machine = Machine.here();
        run.put("startedAt", began.toString()).put("loadAndDrainSeconds", took.toSeconds())
                .put("signalsPerSecond", settings.rate()).put("loadSeconds", settings.load().toSeconds())
                .put("episodes", episodes.size()).put("faultSet", settings.faults()).put("seed", settings.seed())
                .put("escalateAfterSeconds", settings.escalateAfter().toSeconds())
                .put("lateAfterSeconds", settings.lateAfter().toSeconds())
                .put("machine", machine.cores() + " cores, " + machine.memoryMb() + " MB, " + machine.os());
        ObjectNode deliveries = report.putObject("deliveries");
        deliveries.put("requested", verdict.requested).put("delivered", verdict.delivered)
                .put("reportedFailed", verdict.failedReported).put("firstSignalsNeverAccepted", verdict.notAccepted).put("episodesNotPlayed", verdict.notPlayed)
                .put("emailCopiesResent", verdict.emailCopiesResent)
                .put("checkInsClosedLate", verdict.checkInsClosedLate)
                .put("checkInsClosedNearDue", verdict.checkInsClosedNearDue);
        ObjectNode lateness = report.putObject("latenessMs");
        lateness(lateness.putObject("all"), late);
        lateness(lateness.putObject("withoutFaults"), Latencies.of(verdict.latenessQuiet));
        lateness(lateness.putObject("underFaults"), Latencies.of(verdict.latenessUnderFaults));
        ObjectNode dlq = report.putObject("dlqByTopic");
        verdict.dlqByTopic.forEach(dlq::put);
        ObjectNode invariants = report.putObject("invariants");
        verdict.checks.values().forEach(check -> {
            ObjectNode node = invariants.putObject(check.name);
            node.put("broken", check.broken);
            check.examples.forEach(node.putArray("examples")::add);
        });
        ArrayNode notes = report.putArray("episodeNotes");
        episodes.stream().filter(episode -> !episode.notes.isEmpty()).limit(50).forEach(episode ->
                notes.add(episode.kind + " #" + episode.index + ": " + String.join("; ", episode.notes)));
        Files.createDirectories(settings.report().getParent());
        Files.writeString(settings.report(), OperatorApi.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(report) + System.lineSeparator());
    }

    private static void lateness(ObjectNode node, Latencies latencies) {
        node.put("count", latencies.count());
        node.put("p50", Double.isNaN(latencies.p50Ms()) ? -1 : latencies.p50Ms());
        node.put("p99", Double.isNaN(latencies.p99Ms()) ? -1 : latencies.p99Ms());
        node.put("max", Double.isNaN(latencies.maxMs()) ? -1 : latencies.maxMs());
    }
}
