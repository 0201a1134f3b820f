package org.centinela.notification.adapter.in.kafka;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.notification.adapter.in.dispatch.Dispatcher;
import org.centinela.notification.application.AcceptRequests;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

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
    private static final Logger LOG = Logger.getLogger(RequestsConsumer.class);
    private static final long MAX_BACKOFF_MS = 5_000;

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
        if (!requests.isEmpty() && !acceptWithRetries(requests)) {
            // Stopping: neither acknowledged nor failed, so the batch is read again after the restart.
            return new CompletableFuture<>();
        }
        dispatcher.wake();
        return Uni.join().all(deadLettered).andFailFast().subscribeAsCompletionStage().thenCompose(done -> batch.ack());
    }

    /** Records the requests, retrying while the database fails; false if the service is stopping. */
    private boolean acceptWithRetries(List<NotificationRequested> requests) {
        long backoff = 100;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                acceptRequests.accept(requests);
                return true;
            } catch (RuntimeException transientFailure) {
                LOG.warnf("%d notification requests not recorded yet, retrying in %d ms: %s", requests.size(), backoff,
                        transientFailure.getClass().getSimpleName());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
        return false;
    }

    private Uni<Void> deadLetter(byte[] value, ConsumerRecord<String, byte[]> record, RuntimeException reason) {
        String origin = record == null ? "a record" : "record " + record.offset() + " of " + record.topic() + "-" + record.partition();
        LOG.warnf("%s is not a notification request: %s", origin, reason.getMessage());
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", String.valueOf(reason.getMessage()).getBytes(StandardCharsets.UTF_8));
        if (record != null) {
            headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
            headers.add("dead-letter-partition", String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));
            headers.add("dead-letter-offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
        }
        return deadLetters.sendMessage(Message.of(value == null ? new byte[0] : value)
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                                .withKey(record == null ? null : record.key()).withHeaders(headers).build()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).indefinitely();
    }
}
