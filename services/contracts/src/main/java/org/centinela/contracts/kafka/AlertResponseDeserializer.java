package org.centinela.contracts.kafka;

import org.centinela.contracts.alert.AlertResponse;

/** Reads {@link AlertResponse} values; Kafka and SmallRye instantiate deserializers by class name. */
public final class AlertResponseDeserializer extends EventDeserializer<AlertResponse> {

    public AlertResponseDeserializer() {
        super(AlertResponse.class);
    }
}
