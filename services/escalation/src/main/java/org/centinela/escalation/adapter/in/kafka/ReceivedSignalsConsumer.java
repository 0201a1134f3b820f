package org.centinela.escalation.adapter.in.kafka;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.escalation.application.KeepSignalDetails;
import org.centinela.escalation.application.RecordDeviceUse;
import org.centinela.inbound.Inbound;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * {@code signals.received} (key: defenderId; restricted): what each signal carried, for the briefs of the alerts, and
 * the device of her panic app that sent it, when it names one. Never logged.
 */
@ApplicationScoped
public class ReceivedSignalsConsumer {

    public static final String CHANNEL = "signals-received";

    private final KeepSignalDetails keepDetails;
    private final RecordDeviceUse recordDeviceUse;
    private final Inbound inbound;

    public ReceivedSignalsConsumer(KeepSignalDetails keepDetails, RecordDeviceUse recordDeviceUse, Inbound inbound) {
        this.inbound = inbound;
        this.keepDetails = keepDetails;
        this.recordDeviceUse = recordDeviceUse;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return inbound.apply(CHANNEL, message, SignalReceived.class, signal -> {
            keepDetails.apply(signal);
            recordDeviceUse.apply(signal);
        });
    }
}
