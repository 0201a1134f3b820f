package org.centinela.notification.adapter.in.kafka;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.notification.application.Directory;
import org.centinela.notification.domain.Contact;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps the local {@link Directory} from the compacted {@code directory.people} topic, read from its start
 * at every start (key: personId; a null value is a tombstone). Only how to reach each person, and her name
 * for "someone is on it" messages, are kept: no hash. A record that is not a valid person goes to
 * {@code directory.people.dlq}.
 */
@ApplicationScoped
public class DirectoryConsumer {

    public static final String CHANNEL = "directory";

    private final Directory directory;
    private final DirectoryLoad load;

    public DirectoryConsumer(Directory directory, @Readiness DirectoryLoad load) {
        this.directory = directory;
        this.load = load;
    }

    @Incoming(CHANNEL)
    public CompletionStage<Void> consume(Message<byte[]> message) {
        var metadata = message.getMetadata(IncomingKafkaRecordMetadata.class);
        try {
            byte[] value = message.getPayload();
            String key = metadata.map(m -> (String) m.getKey()).orElse(null);
            if (value == null) {
                if (key != null) {
                    directory.remove(key);
                }
            } else {
                PersonSnapshot person = EventJson.read(value, PersonSnapshot.class);
                directory.put(new Contact(person.personId(), person.role(), person.name(), person.phone(), person.email(),
                        person.language(), person.channels()));
            }
        } catch (RuntimeException invalid) {
            return message.nack(invalid);
        } finally {
            metadata.ifPresent(m -> load.consumed(m.getPartition(), m.getOffset()));
        }
        return message.ack();
    }
}
