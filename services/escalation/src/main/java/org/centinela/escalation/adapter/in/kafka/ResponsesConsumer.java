package org.centinela.escalation.adapter.in.kafka;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.escalation.application.ApplyResponse;
import org.centinela.inbound.Inbound;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** {@code alerts.responses} (key: alertId, or the responder's id when her reply named no alert). */
@ApplicationScoped
public class ResponsesConsumer {

    public static final String CHANNEL = "alert-responses";

    private final ApplyResponse applyResponse;
    private final Inbound inbound;

    public ResponsesConsumer(ApplyResponse applyResponse, Inbound inbound) {
        this.inbound = inbound;
        this.applyResponse = applyResponse;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return inbound.apply(CHANNEL, message, AlertResponse.class, applyResponse::apply);
    }
}
