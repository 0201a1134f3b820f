package org.centinela.system.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/** The benchmark's figures as a table on the terminal and as {@code report.json}. */
final class Report {

    static final int RSS_TARGET_MB = 256;

    private Report() {
    }

    static void print(PhaseResult steady, PhaseResult burst, Latencies kafkaHop, Map<String, long[]> rss) {
        System.out.println();
        System.out.println("SOS webhook request -> first SMS request at the Twilio sandbox");
        System.out.printf("%-18s %6s %8s %10s %5s %8s %8s %8s %8s   %s%n", "phase", "sent", "accepted", "dispatched",
                "lost", "p50 ms", "p95 ms", "p99 ms", "max ms", "webhook answer p50 / p99 ms");
        for (PhaseResult phase : new PhaseResult[] {steady, burst}) {
            Latencies l = phase.toFirstSms();
            System.out.printf("%-18s %6d %8d %10d %5d %8.1f %8.1f %8.1f %8.1f   %.1f / %.1f%n",
                    phase.phase().name() + " " + phase.phase().perSecond() + "/s x " + phase.phase().seconds() + "s",
                    phase.sent(), phase.accepted(), phase.dispatched(), phase.lost(), l.p50Ms(), l.p95Ms(), l.p99Ms(),
                    l.maxMs(), phase.webhookAnswer().p50Ms(), phase.webhookAnswer().p99Ms());
        }
        System.out.printf("%-18s %48s %8.2f %8s %8.2f %8.2f%n", "bare Kafka hop", "", kafkaHop.p50Ms(), "",
                kafkaHop.p99Ms(), kafkaHop.maxMs());
        System.out.printf("targets: steady p50 <= 10 ms and p99 <= 50 ms; burst accepted, none lost; RSS <= %d MB%n",
                RSS_TARGET_MB);
        System.out.println("resident memory (MB, highest during the run / at the end):");
        rss.forEach((service, mb) -> System.out.printf("  %-15s %5d / %5d%s%n", service, mb[0], mb[1],
                mb[0] > RSS_TARGET_MB ? "   over the target" : ""));
    }

    static void write(Path file, PhaseResult steady, PhaseResult burst, Latencies kafkaHop, Map<String, long[]> rss)
            throws IOException {
        ObjectNode report = OperatorApi.JSON.createObjectNode();
        report.put("measuredAt", Instant.now().toString());
        Machine machine = Machine.here();
        report.putObject("machine").put("cores", machine.cores()).put("memoryMb", machine.memoryMb())
                .put("os", machine.os()).put("java", machine.java());
        // The headline figures are those of the steady phase, which the latency targets are about; sent,
        // dispatched and lost count both phases.
        latencies(report, steady.toFirstSms());
        report.put("sent", steady.sent() + burst.sent());
        report.put("accepted", steady.accepted() + burst.accepted());
        report.put("dispatched", steady.dispatched() + burst.dispatched());
        report.put("lost", steady.lost() + burst.lost());
        report.put("kafkaHopP50Ms", round(kafkaHop.p50Ms()));
        report.put("kafkaHopP99Ms", round(kafkaHop.p99Ms()));
        report.put("kafkaHopMaxMs", round(kafkaHop.maxMs()));
        phase(report.putObject("steady"), steady);
        phase(report.putObject("burst"), burst);
        ObjectNode memory = report.putObject("rssMb");
        ObjectNode memoryAtEnd = report.putObject("rssMbAtEnd");
        rss.forEach((service, mb) -> {
            memory.put(service, mb[0]);
            memoryAtEnd.put(service, mb[1]);
        });
        report.putObject("targets").put("p50Ms", 10).put("p99Ms", 50).put("lost", 0).put("rssMb", RSS_TARGET_MB);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, OperatorApi.JSON.copy().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(report) + System.lineSeparator());
    }

    private static void phase(ObjectNode node, PhaseResult phase) {
        node.put("perSecond", phase.phase().perSecond()).put("seconds", phase.phase().seconds())
                .put("sent", phase.sent()).put("accepted", phase.accepted()).put("dispatched", phase.dispatched())
                .put("lost", phase.lost()).put("notAccepted", phase.notAccepted());
        latencies(node, phase.toFirstSms());
        node.put("webhookAnswerP50Ms", round(phase.webhookAnswer().p50Ms()))
                .put("webhookAnswerP99Ms", round(phase.webhookAnswer().p99Ms()));
    }

    private static void latencies(ObjectNode node, Latencies latencies) {
        node.put("p50Ms", round(latencies.p50Ms())).put("p95Ms", round(latencies.p95Ms()))
                .put("p99Ms", round(latencies.p99Ms())).put("maxMs", round(latencies.maxMs()));
    }

    private static double round(double millis) {
        return Double.isNaN(millis) ? -1 : Math.round(millis * 100) / 100.0;
    }
}
