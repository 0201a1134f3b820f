package org.centinela.risk.adapter.in.kafka;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.alert.LifecycleKind;
import org.centinela.inbound.Inbound;
import org.centinela.risk.application.AlertHistory;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Records each alert opened for a defender, from {@code alerts.lifecycle} (key: alertId), the shared way
 * ({@link Inbound#apply}): a database that is down is waited for, what is not a lifecycle event is dead-lettered.
 */
@ApplicationScoped
public class LifecycleConsumer {

    public static final String CHANNEL = "lifecycle";

    private final AlertHistory history;
    private final Inbound inbound;

    public LifecycleConsumer(AlertHistory history, Inbound inbound) {
        this.history = history;
        this.inbound = inbound;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return inbound.apply(CHANNEL, message, AlertLifecycle.class, event -> {
            if (event.kind() == LifecycleKind.OPENED) {
                history.opened(event.alertId(), event.defenderId(), event.at());
            }
        });
    }
}
