package org.centinela.risk.adapter.in.kafka;

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
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.risk.application.AssessSignal;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * {@code signals.received} → {@code signals.assessed}, same key (the defender), in batches of what the
 * consumer has polled, in order. A record that is not a valid signal goes to
 * {@code signals.received.dlq} with the reason in {@code dead-letter-reason}, and the others go on. A
 * failure to assess (database down) or to publish (broker down) is retried until it succeeds: a valid
 * signal is never skipped, and the batch is acknowledged (its offsets committed) only once every
 * assessment of it is confirmed by the broker.
 */
@ApplicationScoped
public class SignalsConsumer {

    private static final Logger LOG = Logger.getLogger(SignalsConsumer.class);
    private static final long MAX_BACKOFF_MS = 5_000;

    private final AssessSignal assessSignal;
    private final MutinyEmitter<byte[]> assessed;
    private final MutinyEmitter<byte[]> deadLetters;

    public SignalsConsumer(AssessSignal assessSignal, @Channel("assessed") MutinyEmitter<byte[]> assessed,
            @Channel("signals-dead-letters") MutinyEmitter<byte[]> deadLetters) {
        this.assessSignal = assessSignal;
        this.assessed = assessed;
        this.deadLetters = deadLetters;
    }

    @Incoming("signals")
    @Blocking
    public CompletionStage<Void> consume(Message<List<byte[]>> batch) {
        List<byte[]> values = batch.getPayload();
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>(values.size());
        batch.getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .ifPresent(metadata -> ((IncomingKafkaRecordBatchMetadata<String, byte[]>) metadata).getRecords().forEach(records::add));
        List<SignalReceived> signals = new ArrayList<>();
        List<Uni<Void>> sends = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            try {
                signals.add(EventJson.read(values.get(i), SignalReceived.class));
            } catch (RuntimeException notASignal) {
                sends.add(deadLetter(values.get(i), i < records.size() ? records.get(i) : null, notASignal));
            }
        }
        List<SignalAssessed> assessments = assessWithRetries(signals);
        if (assessments == null) {
            // Stopping: left neither acked nor failed, so the batch is read again after the restart.
            return new CompletableFuture<>();
        }
        assessments.forEach(assessment -> sends.add(publish(assessment)));
        return Uni.join().all(sends).andFailFast().subscribeAsCompletionStage().thenCompose(done -> batch.ack());
    }

    private Uni<Void> publish(SignalAssessed assessment) {
        return retried(assessed.sendMessage(Message.of(EventJson.write(assessment))
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(assessment.key()).build())),
                "assessment of " + assessment.signalId());
    }

    /** Sends what could not be read to the dead-letter topic, with the reason and where it came from. */
    private Uni<Void> deadLetter(byte[] value, ConsumerRecord<String, byte[]> record, RuntimeException reason) {
        String origin = record == null ? "a record" : "record " + record.offset() + " of " + record.topic() + "-" + record.partition();
        LOG.warnf("%s is not a signal: %s", origin, reason.getMessage());
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", String.valueOf(reason.getMessage()).getBytes(StandardCharsets.UTF_8));
        if (record != null) {
            headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
            headers.add("dead-letter-partition", String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));
            headers.add("dead-letter-offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
        }
        return retried(deadLetters.sendMessage(Message.of(value == null ? new byte[0] : value)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(record == null ? null : record.key()).withHeaders(headers).build())), origin);
    }

    private static Uni<Void> retried(Uni<Void> send, String what) {
        return send.onFailure().invoke(failure -> LOG.warnf("%s not published yet: %s", what, failure.getMessage()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).indefinitely();
    }

    /** The assessments, retried while the database fails; null if the service is stopping. */
    private List<SignalAssessed> assessWithRetries(List<SignalReceived> signals) {
        long backoff = 100;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                return assessSignal.assess(signals);
            } catch (RuntimeException transientFailure) {
                LOG.warnf("%d signals not assessed yet, retrying in %d ms: %s", signals.size(), backoff,
                        transientFailure.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
        return null;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
