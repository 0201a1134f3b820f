package org.centinela.directorycopy;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.directory.PersonSnapshot;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps the service's {@link PersonCopy} from the compacted {@code directory.people} topic, read from its
 * start at every start (channel {@value #CHANNEL}; key: personId; a null value is a tombstone). A record
 * that is not a valid person is nacked (to {@code directory.people.dlq} where the channel says so) and the
 * next one is read. Nothing of a person is ever logged.
 */
@ApplicationScoped
public class DirectoryConsumer {

    public static final String CHANNEL = "directory";

    private final PersonCopy copy;
    private final DirectoryLoad load;

    public DirectoryConsumer(PersonCopy copy, @Readiness DirectoryLoad load) {
        this.copy = copy;
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
                    copy.remove(key);
                }
            } else {
                copy.put(EventJson.read(value, PersonSnapshot.class));
            }
        } catch (RuntimeException invalid) {
            return message.nack(invalid);
        } finally {
            metadata.ifPresent(m -> load.consumed(m.getPartition(), m.getOffset()));
        }
        return message.ack();
    }
}
