package org.centinela.notification.adapter.out.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import org.centinela.contracts.notification.Channel;
import org.centinela.notification.application.DeliveryTally;
import org.centinela.notification.domain.DeliveryState;

/**
 * {@code centinela_notification_deliveries_total{channel,state}}: deliveries that reached a state the provider
 * reports, by channel ({@code SMS}, {@code VOICE}, {@code EMAIL}) and state ({@code QUEUED}, {@code SENT},
 * {@code DELIVERED}, {@code ANSWERED}, {@code FAILED}); every pair is there at 0 from the start, so "no SMS
 * delivered lately" can be told from "never measured". Nothing else is tagged: no person, alert or number.
 */
@Startup
@ApplicationScoped
public class DeliveryCounters implements DeliveryTally {

    private final Map<Channel, Map<DeliveryState, Counter>> counters = new EnumMap<>(Channel.class);

    public DeliveryCounters(MeterRegistry registry) {
        for (Channel channel : Channel.values()) {
            Map<DeliveryState, Counter> byState = new EnumMap<>(DeliveryState.class);
            for (DeliveryState state : DeliveryState.values()) {
                if (state.published().isPresent()) {
                    byState.put(state, Counter.builder("centinela.notification.deliveries")
                            .description("Deliveries that reached a state the provider reports")
                            .tag("channel", channel.name()).tag("state", state.name())
                            .register(registry));
                }
            }
            counters.put(channel, byState);
        }
    }

    @Override
    public void reached(Channel channel, DeliveryState state) {
        Counter counter = counters.get(channel).get(state);
        if (counter != null) {
            counter.increment();
        }
    }
}
