package org.centinela.risk.adapter.in.kafka;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.alert.LifecycleKind;
import org.centinela.risk.application.AlertHistory;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Records each alert opened for a defender, from {@code alerts.lifecycle} (key: alertId). */
@ApplicationScoped
public class LifecycleConsumer {

    private final AlertHistory history;

    public LifecycleConsumer(AlertHistory history) {
        this.history = history;
    }

    @Incoming("lifecycle")
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        try {
            AlertLifecycle event = EventJson.read(message.getPayload(), AlertLifecycle.class);
            if (event.kind() == LifecycleKind.OPENED) {
                history.opened(event.alertId(), event.defenderId(), event.at());
            }
        } catch (RuntimeException invalid) {
            return message.nack(invalid);
        }
        return message.ack();
    }
}
