package org.centinela.risk.adapter.in.kafka;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.risk.application.DefenderProfiles;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps the defenders' baseline risks and countries from the compacted {@code directory.people} (key: personId;
 * a tombstone forgets her). Nothing else of a person is kept: risk-scoring needs nothing else.
 */
@ApplicationScoped
public class DirectoryConsumer {

    private final DefenderProfiles profiles;

    public DirectoryConsumer(DefenderProfiles profiles) {
        this.profiles = profiles;
    }

    @Incoming("directory")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        try {
            if (message.getPayload() == null) {
                message.getMetadata(IncomingKafkaRecordMetadata.class)
                        .ifPresent(metadata -> profiles.forget((String) metadata.getKey()));
            } else {
                PersonSnapshot person = EventJson.read(message.getPayload(), PersonSnapshot.class);
                if (person.role() == PersonRole.DEFENDER) {
                    profiles.set(person.personId(),
                            new DefenderProfiles.Profile(person.baselineRisk(), person.country()));
                } else {
                    profiles.forget(person.personId());
                }
            }
        } catch (RuntimeException invalid) {
            return message.nack(invalid);
        }
        return message.ack();
    }
}
