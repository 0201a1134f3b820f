package org.centinela.risk.adapter.in.kafka;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.risk.application.BaselineRisks;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps the defenders' baseline risks from the compacted {@code directory.people} (key: personId; a
 * tombstone forgets her). Only the baseline is kept: risk-scoring needs nothing else of a person.
 */
@ApplicationScoped
public class DirectoryConsumer {

    private final BaselineRisks baselines;

    public DirectoryConsumer(BaselineRisks baselines) {
        this.baselines = baselines;
    }

    @Incoming("directory")
    public CompletionStage<Void> consume(Message<byte[]> message) {
        try {
            if (message.getPayload() == null) {
                message.getMetadata(IncomingKafkaRecordMetadata.class)
                        .ifPresent(metadata -> baselines.forget((String) metadata.getKey()));
            } else {
                PersonSnapshot person = EventJson.read(message.getPayload(), PersonSnapshot.class);
                if (person.role() == PersonRole.DEFENDER) {
                    baselines.set(person.personId(), person.baselineRisk());
                } else {
                    baselines.forget(person.personId());
                }
            }
        } catch (RuntimeException invalid) {
            return message.nack(invalid);
        }
        return message.ack();
    }
}
