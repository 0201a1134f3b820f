package org.centinela.contracts.kafka;

import org.centinela.contracts.signal.SignalReceived;

/** Reads {@link SignalReceived} values; Kafka and SmallRye instantiate deserializers by class name. */
public final class SignalReceivedDeserializer extends EventDeserializer<SignalReceived> {

    public SignalReceivedDeserializer() {
        super(SignalReceived.class);
    }
}
