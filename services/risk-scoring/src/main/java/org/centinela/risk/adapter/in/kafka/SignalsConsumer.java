package org.centinela.risk.adapter.in.kafka;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.inbound.Inbound;
import org.centinela.risk.application.AssessSignal;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * {@code signals.received} → {@code signals.assessed}, same key (the defender), in batches of what the
 * consumer has polled, in order, the shared way ({@link Inbound#applyBatch}): a record that is not a valid
 * signal goes to {@code signals.received.dlq} with the reason in {@code dead-letter-reason}, and the others go
 * on; a failure to assess because of the database is waited out, never skipped; publishing (broker down) is
 * retried until the broker takes it, one defender's assessments one after the other; the batch is acknowledged
 * (its offsets committed) only once every assessment of it is confirmed by the broker.
 */
@ApplicationScoped
public class SignalsConsumer {

    public static final String CHANNEL = "signals";
    private static final Logger LOG = Logger.getLogger(SignalsConsumer.class);

    private final AssessSignal assessSignal;
    private final MutinyEmitter<byte[]> assessed;
    private final MutinyEmitter<byte[]> deadLetters;
    private final Inbound inbound;

    public SignalsConsumer(AssessSignal assessSignal, @Channel("assessed") MutinyEmitter<byte[]> assessed,
            @Channel("signals-dead-letters") MutinyEmitter<byte[]> deadLetters, Inbound inbound) {
        this.assessSignal = assessSignal;
        this.assessed = assessed;
        this.deadLetters = deadLetters;
        this.inbound = inbound;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<List<byte[]>> batch) {
        return inbound.applyBatch(CHANNEL, batch, SignalReceived.class, deadLetters, assessSignal::assess,
                this::publish);
    }

    /** Every assessment of the batch, each defender's in order ({@link PerDefenderOrder}); done once all are confirmed. */
    private Uni<Void> publish(List<List<SignalAssessed>> assessments) {
        return PerDefenderOrder.publish(assessments.stream().flatMap(List::stream).toList(), this::publish);
    }

    private Uni<Void> publish(SignalAssessed assessment) {
        return assessed.sendMessage(Message.of(EventJson.write(assessment))
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(assessment.key()).build()))
                .onFailure().invoke(failure -> LOG.warnf("assessment of %s not published yet: %s",
                        assessment.signalId(), failure.getClass().getName()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).indefinitely();
    }
}
