package org.centinela.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class OutboxBacklogTest {

    private static final Instant NOW = Instant.parse("2026-03-08T10:00:00Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final OutboxBacklog backlog = new OutboxBacklog(registry, "intake", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void nothingWaitsUntilAPassSawRows() {
        assertThat(gauge("centinela.outbox.waiting")).isZero();
        assertThat(gauge("centinela.outbox.oldest.seconds")).isZero();
    }

    @Test
    void theRowsWaitingAndTheAgeOfTheOldestAreThoseThePassSaw() {
        backlog.saw(42, NOW.minus(Duration.ofSeconds(31)));

        assertThat(gauge("centinela.outbox.waiting")).isEqualTo(42);
        assertThat(gauge("centinela.outbox.oldest.seconds")).isEqualTo(31);
    }

    @Test
    void aReplicaThatDoesNotRelayReportsNothingWaiting() {
        backlog.saw(42, NOW.minus(Duration.ofSeconds(31)));

        backlog.notRelaying();

        assertThat(gauge("centinela.outbox.waiting")).isZero();
        assertThat(gauge("centinela.outbox.oldest.seconds")).isZero();
    }

    private double gauge(String name) {
        return registry.get(name).tag("service", "intake").gauge().value();
    }
}
