package org.centinela.risk.adapter.in.kafka;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.inbound.Inbound;
import org.centinela.risk.application.DefenderProfiles;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps the defenders' baseline risks and countries from the compacted {@code directory.people} (key: personId;
 * a tombstone forgets her), the shared way ({@link Inbound#apply}). Nothing else of a person is kept: risk-scoring
 * needs nothing else.
 */
@ApplicationScoped
public class DirectoryConsumer {

    public static final String CHANNEL = "directory";

    private final DefenderProfiles profiles;
    private final Inbound inbound;

    public DirectoryConsumer(DefenderProfiles profiles, Inbound inbound) {
        this.profiles = profiles;
        this.inbound = inbound;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return inbound.apply(CHANNEL, message, this::read, null);
    }

    private Runnable read(Message<byte[]> message) {
        if (message.getPayload() == null) {
            String key = message.getMetadata(IncomingKafkaRecordMetadata.class).map(m -> (String) m.getKey()).orElse(null);
            return () -> {
                if (key != null) {
                    profiles.forget(key);
                }
            };
        }
        PersonSnapshot person = EventJson.read(message.getPayload(), PersonSnapshot.class);
        return () -> {
            if (person.role() == PersonRole.DEFENDER) {
                profiles.set(person.personId(), new DefenderProfiles.Profile(person.baselineRisk(), person.country()));
            } else {
                profiles.forget(person.personId());
            }
        };
    }
}
