package org.centinela.inbound;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordBatchMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.EventJson;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * How every consumer takes a record off a topic, one way:
 * <ol>
 * <li>the record is read; what is not a valid event ({@link Failure.Kind#UNREADABLE}) is dead-lettered at once
 * with its reason;</li>
 * <li>the event is applied, and tried again after each transient fault ({@link Failure}: the database, the broker,
 * an interruption) with a pause doubling from 100 ms up to {@code centinela.inbound.max-pause} (5 s), for as long
 * as it takes: a valid event is never dead-lettered for a fault of the infrastructure. An unexpected failure (a
 * bug) is tried {@code centinela.inbound.unexpected-attempts} times (10, about 20 s) and then dead-lettered with
 * its reason, to be replayed once fixed;</li>
 * <li>it is acknowledged only once applied. When the service stops while it waits, the record is left
 * unacknowledged, so it is delivered again after the restart (the use cases recognise a redelivery).</li>
 * </ol>
 * While a record waits, the gauge {@code centinela_consumer_waiting{channel}} is 1,
 * {@code centinela_consumer_waiting_seconds{channel}} says for how long, and each failed attempt counts in
 * {@code centinela_consumer_retries_total{channel,reason}}; each record dead-lettered counts in
 * {@code centinela_consumer_dead_letters_total{channel,topic,reason}} ({@link ConsumerMetrics}, registered for every
 * incoming channel when the service starts). Logs name the channel, where the record came from (topic, partition,
 * offset) and exception classes, never what the record says.
 * <p>
 * A record taken alone ({@link #apply}) is dead-lettered by nacking it (the channel's
 * {@code failure-strategy=dead-letter-queue} sends it, with the same headers as {@link DeadLetters}), or through a
 * dead-letter emitter when the consumer has one; a batch ({@link #applyBatch}) always through its emitter.
 */
@ApplicationScoped
public class Inbound {

    static final long FIRST_PAUSE_MS = 100;
    private static final Logger LOG = Logger.getLogger(Inbound.class);

    /** Waits between attempts; false when interrupted. */
    interface Pause {
        boolean sleep(long millis);
    }

    private final ConsumerMetrics metrics;
    private final long maxPauseMs;
    private final int unexpectedAttempts;
    private final Pause pause;
    private volatile boolean stopping;

    @Inject
    public Inbound(MeterRegistry registry,
            @ConfigProperty(name = "centinela.inbound.max-pause", defaultValue = "PT5S") Duration maxPause,
            @ConfigProperty(name = "centinela.inbound.unexpected-attempts", defaultValue = "10") int unexpectedAttempts) {
        this(registry, maxPause, unexpectedAttempts, Inbound::sleep);
    }

    Inbound(MeterRegistry registry, Duration maxPause, int unexpectedAttempts, Pause pause) {
        if (unexpectedAttempts < 1) {
            throw new IllegalArgumentException("centinela.inbound.unexpected-attempts must be at least 1");
        }
        this.metrics = new ConsumerMetrics(registry, Clock.systemUTC());
        this.maxPauseMs = Math.max(FIRST_PAUSE_MS, maxPause.toMillis());
        this.unexpectedAttempts = unexpectedAttempts;
        this.pause = pause;
    }

    /** Registers the metrics of every incoming channel, so that they are there before a record arrives. */
    void onStart(@Observes StartupEvent event, Config config) {
        metrics.registerChannels(config);
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    @PreDestroy
    void destroyed() {
        stopping = true;
    }

    /** The service is stopping: records waiting are given up, left unacknowledged. */
    void stop() {
        stopping = true;
    }

    /**
     * A record of channel {@code channel} holding one event of {@code type}: read, applied by {@code useCase}
     * until applied, then acknowledged; nacked (to the channel's dead-letter topic) when it cannot be.
     */
    public <T extends CentinelaEvent> CompletionStage<Void> apply(String channel, Message<byte[]> message, Class<T> type,
            Consumer<T> useCase) {
        return apply(channel, message, read -> {
            T event = EventJson.read(read.getPayload(), type);
            return () -> useCase.accept(event);
        }, null);
    }

    /**
     * A record of channel {@code channel}: {@code read} turns it into the work that applies it (anything it throws
     * makes the record unreadable), which runs until applied; then the record is acknowledged. What cannot be
     * applied goes to {@code deadLetters}, or, when null, is nacked for the channel's failure strategy to send it.
     */
    public CompletionStage<Void> apply(String channel, Message<byte[]> message,
            Function<Message<byte[]>, Runnable> read, MutinyEmitter<byte[]> deadLetters) {
        ConsumerRecord<?, ?> record = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> (ConsumerRecord<?, ?>) metadata.getRecord()).orElse(null);
        Outcome<Void> outcome;
        try {
            Runnable work = read.apply(message);
            outcome = untilApplied(channel, DeadLetters.origin(record), () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException unreadable) {
            outcome = new Outcome.Rejected<>(Failure.unreadable(unreadable));
        }
        if (outcome instanceof Outcome.Rejected<Void> rejected) {
            Failure failure = rejected.failure();
            deadLettered(channel, DeadLetters.origin(record), failure);
            if (deadLetters == null) {
                return message.nack(new RejectedRecord(failure));
            }
            return DeadLetters.send(deadLetters, message.getPayload(), record, failure).subscribeAsCompletionStage()
                    .thenCompose(sent -> message.ack());
        }
        if (outcome instanceof Outcome.Stopping<Void>) {
            return new CompletableFuture<>();
        }
        return message.ack();
    }

    /**
     * A batch of channel {@code channel} (what the consumer polled, in order): each record is read as a
     * {@code type}, what is not one goes to {@code deadLetters}; the events are applied together by
     * {@code useCase} until applied. Should that keep failing unexpectedly, each is applied alone, and only
     * the ones that cannot be applied are dead-lettered. {@code then} gets what {@code useCase} answered (once
     * per application) and the batch is acknowledged once what it answers has completed.
     */
    public <E extends CentinelaEvent, R> CompletionStage<Void> applyBatch(String channel, Message<List<byte[]>> batch,
            Class<E> type, MutinyEmitter<byte[]> deadLetters, Function<List<E>, R> useCase,
            Function<List<R>, Uni<Void>> then) {
        List<byte[]> values = batch.getPayload();
        List<ConsumerRecord<?, ?>> records = new ArrayList<>(values.size());
        batch.getMetadata(IncomingKafkaRecordBatchMetadata.class)
                .ifPresent(metadata -> ((IncomingKafkaRecordBatchMetadata<?, ?>) metadata).getRecords().forEach(records::add));
        List<E> events = new ArrayList<>();
        List<ConsumerRecord<?, ?>> eventRecords = new ArrayList<>();
        List<byte[]> eventValues = new ArrayList<>();
        List<Uni<Void>> sends = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ConsumerRecord<?, ?> record = i < records.size() ? records.get(i) : null;
            try {
                events.add(EventJson.read(values.get(i), type));
                eventRecords.add(record);
                eventValues.add(values.get(i));
            } catch (RuntimeException unreadable) {
                sends.add(deadLetter(channel, deadLetters, values.get(i), record, Failure.unreadable(unreadable)));
            }
        }
        List<R> results = new ArrayList<>();
        if (!events.isEmpty()) {
            String what = events.size() + " records from " + DeadLetters.origin(eventRecords.get(0));
            Outcome<R> together = untilApplied(channel, what, () -> useCase.apply(events));
            if (together instanceof Outcome.Stopping<R>) {
                return new CompletableFuture<>();
            } else if (together instanceof Outcome.Applied<R> applied) {
                results.add(applied.value());
            } else {
                for (int i = 0; i < events.size(); i++) {
                    E event = events.get(i);
                    Outcome<R> alone = untilApplied(channel, DeadLetters.origin(eventRecords.get(i)),
                            () -> useCase.apply(List.of(event)));
                    if (alone instanceof Outcome.Stopping<R>) {
                        return new CompletableFuture<>();
                    } else if (alone instanceof Outcome.Applied<R> applied) {
                        results.add(applied.value());
                    } else if (alone instanceof Outcome.Rejected<R> rejected) {
                        sends.add(deadLetter(channel, deadLetters, eventValues.get(i), eventRecords.get(i),
                                rejected.failure()));
                    }
                }
            }
        }
        sends.add(then.apply(results));
        return Uni.join().all(sends).andFailFast().subscribeAsCompletionStage().thenCompose(done -> batch.ack());
    }

    /**
     * Runs {@code work} until it succeeds, for a record of {@code channel} that {@code what} names in logs (where it
     * came from, never what it says): transient faults are waited out for as long as they last, an unexpected
     * failure is tried a bounded number of times, a record that breaks the contract is rejected at once.
     */
    public <T> Outcome<T> untilApplied(String channel, String what, Supplier<T> work) {
        long nextPause = FIRST_PAUSE_MS;
        int failed = 0;
        int unexpected = 0;
        try {
            while (true) {
                if (stopping || Thread.currentThread().isInterrupted()) {
                    LOG.infof("%s of %s left unacknowledged: the service is stopping", what, channel);
                    return new Outcome.Stopping<>();
                }
                try {
                    T value = work.get();
                    if (failed > 0) {
                        LOG.infof("%s of %s applied after %d failed attempts", what, channel, failed);
                    }
                    return new Outcome.Applied<>(value);
                } catch (RuntimeException thrown) {
                    Failure failure = Failure.of(thrown);
                    if (failure.kind() == Failure.Kind.UNREADABLE) {
                        return new Outcome.Rejected<>(failure);
                    }
                    if (failure.kind() == Failure.Kind.UNEXPECTED && ++unexpected >= unexpectedAttempts) {
                        LOG.errorf("%s of %s failed %d times unexpectedly, the last time with %s: dead-lettered", what,
                                channel, unexpected, chain(thrown));
                        return new Outcome.Rejected<>(failure);
                    }
                    failed++;
                    metrics.retried(channel, failure.reason());
                    LOG.warnf("%s of %s not applied yet (%s, attempt %d: %s), trying again in %d ms", what, channel,
                            failure.reason(), failed, chain(thrown), nextPause);
                    if (!pause.sleep(nextPause)) {
                        Thread.currentThread().interrupt();
                    }
                    nextPause = Math.min(nextPause * 2, maxPauseMs);
                }
            }
        } finally {
            metrics.doneWaiting(channel);
        }
    }

    private Uni<Void> deadLetter(String channel, MutinyEmitter<byte[]> emitter, byte[] value, ConsumerRecord<?, ?> record,
            Failure failure) {
        deadLettered(channel, DeadLetters.origin(record), failure);
        return DeadLetters.send(emitter, value, record, failure);
    }

    private void deadLettered(String channel, String what, Failure failure) {
        metrics.deadLettered(channel, failure.reason());
        // An unreadable record's reason comes from the contract's readers, which name the field and the rule it broke
        // and never quote a value: it is what an operator needs to fix the producer. Any other failure's message could
        // quote a person, so only its classes are logged.
        LOG.warnf("%s of %s goes to the dead-letter topic (%s: %s)", what, channel, failure.reason(),
                failure.kind() == Failure.Kind.UNREADABLE ? failure.deadLetterReason() : chain(failure.cause()));
    }

    /** The classes of {@code thrown}'s cause chain, outermost first: no message (it could quote a person). */
    private static String chain(Throwable thrown) {
        StringBuilder names = new StringBuilder();
        int depth = 0;
        for (Throwable t = thrown; t != null && depth < 8; t = t.getCause() == t ? null : t.getCause(), depth++) {
            names.append(depth == 0 ? "" : " < ").append(t.getClass().getName());
        }
        return names.toString();
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** What a nack carries to the channel's dead-letter strategy: the reason, and the failure as its cause. */
    static final class RejectedRecord extends RuntimeException {
        RejectedRecord(Failure failure) {
            super(failure.deadLetterReason(), failure.cause());
        }
    }
}
