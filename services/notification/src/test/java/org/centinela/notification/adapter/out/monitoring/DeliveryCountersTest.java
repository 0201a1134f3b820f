package org.centinela.notification.adapter.out.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.centinela.contracts.notification.Channel;
import org.centinela.notification.domain.DeliveryState;
import org.junit.jupiter.api.Test;

class DeliveryCountersTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final DeliveryCounters counters = new DeliveryCounters(registry);

    @Test
    void everyChannelAndReportedStateIsThereAtZeroFromTheStart() {
        assertThat(registry.find("centinela.notification.deliveries").counters()).hasSize(3 * 5)
                .allSatisfy(counter -> assertThat(counter.count()).isZero());
        assertThat(registry.find("centinela.notification.deliveries").tag("state", "WAITING").counter()).isNull();
        assertThat(registry.find("centinela.notification.deliveries").tag("state", "SENDING").counter()).isNull();
    }

    @Test
    void aDeliveryThatReachedAStateCountsOnceForItsChannelAndState() {
        counters.reached(Channel.SMS, DeliveryState.DELIVERED);

        assertThat(count("SMS", "DELIVERED")).isEqualTo(1);
        assertThat(count("SMS", "SENT")).isZero();
        assertThat(count("VOICE", "DELIVERED")).isZero();
    }

    private double count(String channel, String state) {
        return registry.get("centinela.notification.deliveries").tag("channel", channel).tag("state", state).counter()
                .count();
    }
}
