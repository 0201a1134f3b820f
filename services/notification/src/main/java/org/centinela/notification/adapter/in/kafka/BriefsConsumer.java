package org.centinela.notification.adapter.in.kafka;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.inbound.Inbound;
import org.centinela.inbound.UnreadableRecord;
import org.centinela.notification.adapter.in.dispatch.Dispatcher;
import org.centinela.notification.application.KeepBriefs;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * {@code alerts.briefs} (compacted, key: alertId; personal data, never logged): each brief is kept if it is newer
 * than the one held, a tombstone (null value) records that the alert is over and erases its brief; then the
 * senders are woken for the deliveries that waited for it, and only then is the record acknowledged. A record that
 * is not a brief (or a tombstone without an alert id for key, or a brief under another alert's key) goes to
 * {@code alerts.briefs.dlq} with the reason in {@code dead-letter-reason}; a database that is down is waited for
 * ({@link Inbound#apply}).
 */
@ApplicationScoped
public class BriefsConsumer {

    public static final String CHANNEL = "briefs";
    public static final String DEAD_LETTERS = "briefs-dead-letters";

    private final KeepBriefs keepBriefs;
    private final Dispatcher dispatcher;
    private final MutinyEmitter<byte[]> deadLetters;
    private final Inbound inbound;

    public BriefsConsumer(KeepBriefs keepBriefs, Dispatcher dispatcher,
            @Channel(DEAD_LETTERS) MutinyEmitter<byte[]> deadLetters, Inbound inbound) {
        this.inbound = inbound;
        this.keepBriefs = keepBriefs;
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<byte[]> message) {
        return inbound.apply(CHANNEL, message, this::read, deadLetters);
    }

    /** What applies {@code message}: keeping its brief, or recording its alert over; throws when it is no brief. */
    private Runnable read(Message<byte[]> message) {
        String key = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (String) metadata.getKey()).orElse(null);
        byte[] value = message.getPayload();
        Supplier<Boolean> keep;
        if (value == null) {
            UUID alertId = alertId(key).orElseThrow(
                    () -> new UnreadableRecord("a tombstone of alerts.briefs needs an alert id for key"));
            keep = () -> keepBriefs.over(alertId);
        } else {
            AlertBrief brief = EventJson.read(value, AlertBrief.class);
            if (key != null && !key.equals(brief.alertId().toString())) {
                throw new UnreadableRecord("the record's key is not the brief's alertId");
            }
            keep = () -> keepBriefs.kept(brief);
        }
        return () -> {
            if (keep.get()) {
                dispatcher.wake();
            }
        };
    }

    private static Optional<UUID> alertId(String key) {
        try {
            return Optional.of(UUID.fromString(key));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }
}
