package org.centinela.notification.adapter.in.kafka;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.notification.adapter.in.dispatch.Dispatcher;
import org.centinela.notification.application.AcceptRequests;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * {@code notifications.requested} (key: alertId), in batches of what the consumer polled: every request is
 * recorded under its idempotency key in one transaction, then the senders are woken, and only then is the
 * batch acknowledged (its offsets committed). A crash before that redelivers the batch, whose keys are
 * found recorded: nothing is sent twice. A record that is not a request goes to
 * {@code notifications.requested.dlq} with the reason in {@code dead-letter-reason}; a database that is
 * down is waited for, never skipped.
 */
@ApplicationScoped
public class RequestsConsumer {

    public static final String CHANNEL = "requests";
    public static final String DEAD_LETTERS = "requests-dead-letters";

    private final AcceptRequests acceptRequests;
    private final Dispatcher dispatcher;
    private final MutinyEmitter<byte[]> deadLetters;

    public RequestsConsumer(AcceptRequests acceptRequests, Dispatcher dispatcher,
            @Channel(DEAD_LETTERS) MutinyEmitter<byte[]> deadLetters) {
        this.acceptRequests = acceptRequests;
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<List<byte[]>> batch) {
        List<byte[]> values = batch.getPayload();
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(values.size());
        batch.getMetadata(IncomingKafkaRecordBatchMetadata.class).ifPresent(metadata ->
                ((IncomingKafkaRecordBatchMetadata<String, byte[]>) metadata).getRecords().forEach(records::add));
        List<NotificationRequested> requests = new ArrayList<>();
        List<Uni<Void>> deadLettered = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            try {
                requests.add(EventJson.read(values.get(i), NotificationRequested.class));
            } catch (RuntimeException notARequest) {
                deadLettered.add(deadLetter(values.get(i), i < records.size() ? records.get(i) : null, notARequest));
            }
        }
        if (!requests.isEmpty() && DatabaseRetries.untilWritten(() -> acceptRequests.accept(requests),
                requests.size() + " notification requests").isEmpty()) {
            // Stopping: neither acknowledged nor failed, so the batch is read again after the restart.
            return new CompletableFuture<>();
        }
        dispatcher.wake();
        return Uni.join().all(deadLettered).andFailFast().subscribeAsCompletionStage().thenCompose(done -> batch.ack());
    }

    private Uni<Void> deadLetter(byte[] value, ConsumerRecord<String, byte[]> record, RuntimeException reason) {
        return DeadLetters.send(deadLetters, value, record, "a notification request", reason);
    }
}
