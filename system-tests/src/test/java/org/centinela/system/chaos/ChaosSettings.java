package org.centinela.system.chaos;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The knobs of {@code make chaos} ({@code CHAOS="-Dchaos.rate=… …"}):
 * <ul>
 * <li>{@code chaos.rate}: signals a second, all kinds together (2: with the faults' restarts, three saturate two cores);</li>
 * <li>{@code chaos.seconds}: how long episodes are started (420);</li>
 * <li>{@code chaos.faults}: {@code all} (the whole schedule), {@code some} (one of each kind), {@code none}, or
 * targets separated by commas ({@code kafka,intake}: only the faults of the whole schedule that strike them);</li>
 * <li>{@code chaos.escalate-after-seconds}: when level 2 falls due after level 1 (20);</li>
 * <li>{@code chaos.late-after-seconds}: a step that fires later than this after it fell due is late (60);</li>
 * <li>{@code chaos.drain-seconds}: the quiet time after the load before the evidence is read (90);</li>
 * <li>{@code chaos.sandbox-fault-every-seconds}: one carrier fault planned this often (5);</li>
 * <li>{@code chaos.seed}, {@code chaos.report}, {@code centinela.root}.</li>
 * </ul>
 */
record ChaosSettings(double rate, Duration load, String faults, Duration escalateAfter, Duration lateAfter,
        Duration drain, Duration sandboxFaultEvery, long seed, Path report, Path root) {

    /** Signals an episode sends on average (first signal, follow-up or closing, the responder's answer). */
    static final double SIGNALS_PER_EPISODE = 2.5;

    static ChaosSettings fromSystemProperties() {
        return new ChaosSettings(Double.parseDouble(System.getProperty("chaos.rate", "2")),
                Duration.ofSeconds(Integer.getInteger("chaos.seconds", 420)),
                System.getProperty("chaos.faults", "all"),
                Duration.ofSeconds(Integer.getInteger("chaos.escalate-after-seconds", 20)),
                Duration.ofSeconds(Integer.getInteger("chaos.late-after-seconds", 60)),
                Duration.ofSeconds(Integer.getInteger("chaos.drain-seconds", 90)),
                Duration.ofSeconds(Integer.getInteger("chaos.sandbox-fault-every-seconds", 5)),
                Long.getLong("chaos.seed", System.currentTimeMillis()),
                Path.of(System.getProperty("chaos.report", "target/chaos/report.json")).toAbsolutePath(),
                Path.of(System.getProperty("centinela.root", "..")).toAbsolutePath().normalize());
    }

    double episodesPerSecond() {
        return rate / SIGNALS_PER_EPISODE;
    }

    int episodes() {
        return Math.max(1, (int) Math.round(episodesPerSecond() * load.toSeconds()));
    }
}
