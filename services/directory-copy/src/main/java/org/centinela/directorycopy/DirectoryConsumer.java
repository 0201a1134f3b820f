package org.centinela.directorycopy;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.inbound.Inbound;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps the service's {@link PersonCopy} from the compacted {@code directory.people} topic, read from its
 * start at every start (channel {@value #CHANNEL}; key: personId; a null value is a tombstone), the shared way
 * ({@link Inbound#apply}): a record that is not a valid person is nacked (to {@code directory.people.dlq} where
 * the channel says so) and the next one is read; a copy that fails to keep a person for a transient fault (its
 * database down) is tried again until it does, never skipped. Nothing of a person is ever logged.
 * <p>
 * It runs on a worker pool of its own ({@value #WORKER}, one thread, configured in this module's
 * {@code META-INF/microprofile-config.properties}), never queued behind the service's HTTP requests and other blocking
 * work: when a replica is swamped (a broker down, a backlog after a sibling died), its copy must still keep up, or a
 * responder enrolled a minute ago looks unknown to it.
 */
@ApplicationScoped
public class DirectoryConsumer {

    public static final String CHANNEL = "directory";
    static final String WORKER = "directory-copy";

    private final PersonCopy copy;
    private final DirectoryLoad load;
    private final Inbound inbound;

    public DirectoryConsumer(PersonCopy copy, @Readiness DirectoryLoad load, Inbound inbound) {
        this.copy = copy;
        this.load = load;
        this.inbound = inbound;
    }

    @Incoming(CHANNEL)
    @Blocking(WORKER)
    public CompletionStage<Void> consume(Message<byte[]> message) {
        CompletionStage<Void> done = inbound.apply(CHANNEL, message, this::read, null);
        message.getMetadata(IncomingKafkaRecordMetadata.class).ifPresent(m -> load.consumed(m.getPartition(), m.getOffset()));
        return done;
    }

    /** What applies {@code message}: a tombstone removes the person of its key, a snapshot is put. */
    private Runnable read(Message<byte[]> message) {
        byte[] value = message.getPayload();
        if (value == null) {
            String key = message.getMetadata(IncomingKafkaRecordMetadata.class).map(m -> (String) m.getKey()).orElse(null);
            return () -> {
                if (key != null) {
                    copy.remove(key);
                }
            };
        }
        PersonSnapshot person = EventJson.read(value, PersonSnapshot.class);
        return () -> copy.put(person);
    }
}
