package org.centinela.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ConsumerMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private Instant now = Instant.parse("2026-03-08T10:00:00Z");
    private final ConsumerMetrics metrics = new ConsumerMetrics(registry, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void everyIncomingChannelIsThereAtZeroBeforeARecordArrives() {
        metrics.registerChannels(new SmallRyeConfigBuilder()
                .withDefaultValue("mp.messaging.incoming.signals-assessed.connector", "smallrye-kafka")
                .withDefaultValue("mp.messaging.incoming.signals-assessed.topic", "signals.assessed")
                .withDefaultValue("mp.messaging.incoming.requests.connector", "smallrye-kafka")
                .withDefaultValue("mp.messaging.outgoing.statuses.connector", "smallrye-kafka")
                .build());

        assertThat(gauge("centinela.consumer.waiting", "signals-assessed")).isZero();
        assertThat(gauge("centinela.consumer.waiting.seconds", "requests")).isZero();
        assertThat(registry.get("centinela.consumer.dead.letters").tag("channel", "signals-assessed")
                .tag("topic", "signals.assessed").tag("reason", "unreadable").counter().count()).isZero();
        assertThat(registry.get("centinela.consumer.dead.letters").tag("channel", "requests")
                .tag("topic", "requests").tag("reason", "unexpected").counter().count()).isZero();
        assertThat(registry.find("centinela.consumer.waiting").tag("channel", "statuses").gauge()).isNull();
    }

    @Test
    void theWaitIsCountedFromTheFirstFailedAttemptUntilTheRecordIsDone() {
        metrics.register("requests", "notifications.requested");

        metrics.retried("requests", "database");
        now = now.plus(Duration.ofSeconds(90));
        metrics.retried("requests", "database");
        now = now.plus(Duration.ofSeconds(40));

        assertThat(gauge("centinela.consumer.waiting", "requests")).isEqualTo(1);
        assertThat(gauge("centinela.consumer.waiting.seconds", "requests")).isEqualTo(130);
        assertThat(registry.get("centinela.consumer.retries").tag("channel", "requests").tag("reason", "database")
                .counter().count()).isEqualTo(2);

        metrics.doneWaiting("requests");
        assertThat(gauge("centinela.consumer.waiting", "requests")).isZero();
        assertThat(gauge("centinela.consumer.waiting.seconds", "requests")).isZero();
    }

    @Test
    void aRecordDeadLetteredCountsOnceForItsTopicAndReason() {
        metrics.register("requests", "notifications.requested");

        metrics.deadLettered("requests", "unreadable");

        assertThat(registry.get("centinela.consumer.dead.letters").tag("topic", "notifications.requested")
                .tag("reason", "unreadable").counter().count()).isEqualTo(1);
        assertThat(registry.get("centinela.consumer.dead.letters").tag("topic", "notifications.requested")
                .tag("reason", "unexpected").counter().count()).isZero();
    }

    private double gauge(String name, String channel) {
        return registry.get(name).tag("channel", channel).gauge().value();
    }
}
