package org.centinela.contracts.kafka;

import org.centinela.contracts.signal.SignalAssessed;

/** Reads {@link SignalAssessed} values; Kafka and SmallRye instantiate deserializers by class name. */
public final class SignalAssessedDeserializer extends EventDeserializer<SignalAssessed> {

    public SignalAssessedDeserializer() {
        super(SignalAssessed.class);
    }
}
