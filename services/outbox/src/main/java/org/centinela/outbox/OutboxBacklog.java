package org.centinela.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * What waits in the outbox, as the relay last saw it at the start of a pass, in the metrics of the service (tagged
 * {@code service=<application name>}, registered at 0 when the service starts): {@code centinela_outbox_waiting}, the
 * rows not yet confirmed by the broker, and {@code centinela_outbox_oldest_seconds}, how long the oldest of them has
 * waited. The age is counted at each scrape from when that row was appended, so it keeps growing while a pass fails
 * (the database is gone) or hangs. A replica that does not hold the relay's lock reports nothing waiting: the one
 * that relays reports the backlog.
 */
final class OutboxBacklog {

    /** The rows waiting, and when the oldest of them was appended (null when none waits). */
    private record Seen(long rows, Instant oldest) {
    }

    private static final Seen NOTHING = new Seen(0, null);

    private final Clock clock;
    private volatile Seen seen = NOTHING;

    OutboxBacklog(MeterRegistry registry, String service, Clock clock) {
        this.clock = clock;
        Gauge.builder("centinela.outbox.waiting", this, OutboxBacklog::rows)
                .description("Outbox rows not yet confirmed by the broker, as the relay last saw them")
                .tag("service", service)
                .register(registry);
        Gauge.builder("centinela.outbox.oldest.seconds", this, OutboxBacklog::oldestSeconds)
                .description("Seconds the oldest outbox row not yet confirmed by the broker has waited")
                .tag("service", service)
                .register(registry);
    }

    /** The relay saw {@code rows} rows waiting, the oldest appended at {@code oldest} (null when none). */
    void saw(long rows, Instant oldest) {
        seen = rows == 0 || oldest == null ? NOTHING : new Seen(rows, oldest);
    }

    /** Another replica relays, and reports the backlog. */
    void notRelaying() {
        seen = NOTHING;
    }

    double rows() {
        return seen.rows();
    }

    double oldestSeconds() {
        Instant oldest = seen.oldest();
        if (oldest == null) {
            return 0;
        }
        Duration waited = Duration.between(oldest, clock.instant());
        return waited.isNegative() ? 0 : waited.toMillis() / 1000.0;
    }
}
