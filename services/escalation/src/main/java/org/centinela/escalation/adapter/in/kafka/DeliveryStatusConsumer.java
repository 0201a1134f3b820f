package org.centinela.escalation.adapter.in.kafka;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.centinela.contracts.notification.NotificationStatus;
import org.centinela.escalation.application.ApplyDeliveryStatus;
import org.centinela.inbound.Inbound;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** {@code notifications.status} (key: alertId): deliveries into the timeline, failures into fallbacks. */
@ApplicationScoped
public class DeliveryStatusConsumer {

    public static final String CHANNEL = "notification-status";

    private final ApplyDeliveryStatus applyStatus;
    private final Inbound inbound;

    public DeliveryStatusConsumer(ApplyDeliveryStatus applyStatus, Inbound inbound) {
        this.inbound = inbound;
        this.applyStatus = applyStatus;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return inbound.apply(CHANNEL, message, NotificationStatus.class, applyStatus::apply);
    }
}
