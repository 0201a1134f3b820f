package org.centinela.contracts.kafka;

import org.centinela.contracts.alert.AlertLifecycle;

/** Reads {@link AlertLifecycle} values; Kafka and SmallRye instantiate deserializers by class name. */
public final class AlertLifecycleDeserializer extends EventDeserializer<AlertLifecycle> {

    public AlertLifecycleDeserializer() {
        super(AlertLifecycle.class);
    }
}
