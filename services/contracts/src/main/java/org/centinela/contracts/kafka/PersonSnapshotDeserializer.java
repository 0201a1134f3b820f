package org.centinela.contracts.kafka;

import org.centinela.contracts.directory.PersonSnapshot;

/** Reads {@link PersonSnapshot} values; Kafka and SmallRye instantiate deserializers by class name. */
public final class PersonSnapshotDeserializer extends EventDeserializer<PersonSnapshot> {

    public PersonSnapshotDeserializer() {
        super(PersonSnapshot.class);
    }
}
