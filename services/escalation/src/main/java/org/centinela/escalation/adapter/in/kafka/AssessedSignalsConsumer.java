package org.centinela.escalation.adapter.in.kafka;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.escalation.application.RaiseAlert;
import org.centinela.inbound.Inbound;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** {@code signals.assessed} (key: defenderId, so one defender's signals come in order) into alerts. */
@ApplicationScoped
public class AssessedSignalsConsumer {

    public static final String CHANNEL = "signals-assessed";

    private final RaiseAlert raiseAlert;
    private final Inbound inbound;

    public AssessedSignalsConsumer(RaiseAlert raiseAlert, Inbound inbound) {
        this.inbound = inbound;
        this.raiseAlert = raiseAlert;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return inbound.apply(CHANNEL, message, SignalAssessed.class, raiseAlert::apply);
    }
}
