package org.centinela.contracts.kafka;

import org.centinela.contracts.alert.AlertBrief;

/**
 * Reads {@link AlertBrief} values; Kafka and SmallRye instantiate deserializers by class name. A tombstone (the
 * alert is over) reads as null.
 */
public final class AlertBriefDeserializer extends EventDeserializer<AlertBrief> {

    public AlertBriefDeserializer() {
        super(AlertBrief.class);
    }
}
