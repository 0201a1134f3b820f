package org.centinela.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

class InboundTest {

    private static final String CHANNEL = "signals-assessed";

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<Long> pauses = new CopyOnWriteArrayList<>();
    /** Pauses are recorded, not slept: the loop's timing is read from {@link #pauses}. */
    private final Inbound inbound = new Inbound(registry, Duration.ofSeconds(5), 3, millis -> pauses.add(millis));

    /** A record as the connector hands it over, remembering whether it was acked or nacked (and why). */
    private static final class Delivered {
        final AtomicInteger acks = new AtomicInteger();
        final AtomicReference<Throwable> nacked = new AtomicReference<>();
        final Message<byte[]> message;

        Delivered(byte[] payload) {
            message = Message.of(payload, () -> {
                acks.incrementAndGet();
                return CompletableFuture.completedFuture(null);
            }, reason -> {
                nacked.set(reason);
                return CompletableFuture.completedFuture(null);
            });
        }
    }

    private static byte[] panic() {
        return EventJson.write(new SignalAssessed(UUID.randomUUID(), "def-1", true, SignalType.PANIC, SignalSource.SMS,
                Instant.now(), 70, Grade.HIGH, 1, List.of(), false, null, null, null));
    }

    @Test
    void anEventAppliedAfterTransientFailuresIsAppliedOnceAndAcked() {
        Delivered record = new Delivered(panic());
        AtomicInteger attempts = new AtomicInteger();
        List<SignalAssessed> applied = new CopyOnWriteArrayList<>();

        inbound.apply(CHANNEL, record.message, SignalAssessed.class, signal -> {
            if (attempts.incrementAndGet() <= 12) {
                throw new IllegalStateException("could not open a connection",
                        new SQLException("Connection refused", "08001"));
            }
            applied.add(signal);
        });

        assertThat(applied).hasSize(1);
        assertThat(record.acks).hasValue(1);
        assertThat(record.nacked).hasValue(null);
        assertThat(counter("centinela.consumer.retries", "database").count()).isEqualTo(12.0);
        assertThat(pauses).as("doubling from 100 ms, capped at 5 s")
                .startsWith(100L, 200L, 400L, 800L, 1600L, 3200L, 5000L, 5000L).hasSize(12);
        assertThat(registry.get("centinela.consumer.waiting").tag("channel", CHANNEL).gauge().value()).isZero();
    }

    @Test
    void aTransientFaultIsWaitedOutForAsLongAsItLastsAndNeverDeadLettered() {
        Delivered record = new Delivered(panic());
        AtomicInteger attempts = new AtomicInteger();

        inbound.apply(CHANNEL, record.message, SignalAssessed.class, signal -> {
            if (attempts.incrementAndGet() <= 200) {
                throw new RuntimeException(new SQLException("terminating connection", "57P01"));
            }
        });

        assertThat(attempts).as("far beyond the 3 attempts an unexpected failure gets").hasValue(201);
        assertThat(record.nacked).hasValue(null);
        assertThat(record.acks).hasValue(1);
        assertThat(registry.find("centinela.consumer.dead.letters").counters()).isEmpty();
    }

    @Test
    void whileARecordWaitsTheGaugeSaysSoAndAStopLeavesItUnacknowledged() {
        Inbound slow = new Inbound(registry, Duration.ofSeconds(5), 3, millis -> {
            Thread.yield();
            return true;
        });
        Delivered record = new Delivered(panic());
        AtomicReference<CompletionStage<Void>> done = new AtomicReference<>();
        Thread consumer = new Thread(() -> done.set(slow.apply(CHANNEL, record.message, SignalAssessed.class, signal -> {
            throw new IllegalStateException(new SQLException("the database system is starting up", "57P03"));
        })));
        consumer.start();

        await().atMost(Duration.ofSeconds(10))
                .until(() -> registry.find("centinela.consumer.waiting").tag("channel", CHANNEL).gauge() != null
                        && registry.get("centinela.consumer.waiting").tag("channel", CHANNEL).gauge().value() == 1.0);
        slow.stop();

        await().atMost(Duration.ofSeconds(10)).until(() -> done.get() != null);
        assertThat(done.get().toCompletableFuture()).as("neither acked nor nacked: delivered again").isNotDone();
        assertThat(record.acks).hasValue(0);
        assertThat(record.nacked).hasValue(null);
        assertThat(registry.get("centinela.consumer.waiting").tag("channel", CHANNEL).gauge().value()).isZero();
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAtOnceWithItsReason() {
        Delivered record = new Delivered("{\"not\": \"a signal\"}".getBytes(StandardCharsets.UTF_8));
        AtomicInteger attempts = new AtomicInteger();

        inbound.apply(CHANNEL, record.message, SignalAssessed.class, signal -> attempts.incrementAndGet());

        assertThat(attempts).hasValue(0);
        assertThat(record.acks).hasValue(0);
        assertThat(record.nacked.get()).hasMessageStartingWith("Invalid SignalAssessed");
        assertThat(pauses).isEmpty();
        assertThat(counter("centinela.consumer.dead.letters", "unreadable").count()).isEqualTo(1.0);
    }

    @Test
    void aRecordTheUseCaseFindsAgainstTheContractIsDeadLetteredAtOnce() {
        Delivered record = new Delivered(panic());

        inbound.apply(CHANNEL, record.message, SignalAssessed.class, signal -> {
            throw new UnreadableRecord("the record's key is not the signal's defenderId");
        });

        assertThat(record.nacked.get()).hasMessage("the record's key is not the signal's defenderId");
        assertThat(pauses).isEmpty();
    }

    @Test
    void anUnexpectedFailureIsTriedABoundedNumberOfTimesThenDeadLetteredWithItsReason() {
        Delivered record = new Delivered(panic());
        AtomicInteger attempts = new AtomicInteger();

        inbound.apply(CHANNEL, record.message, SignalAssessed.class, signal -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("no policy version 0");
        });

        assertThat(attempts).hasValue(3);
        assertThat(record.acks).hasValue(0);
        assertThat(record.nacked.get()).hasMessage("no policy version 0")
                .hasRootCauseInstanceOf(IllegalStateException.class);
        assertThat(counter("centinela.consumer.dead.letters", "unexpected").count()).isEqualTo(1.0);
    }

    @Test
    void transientFaultsDoNotUseUpTheAttemptsOfAnUnexpectedFailure() {
        AtomicInteger attempts = new AtomicInteger();

        Outcome<String> outcome = inbound.untilApplied(CHANNEL, "a record", () -> {
            int attempt = attempts.incrementAndGet();
            if (attempt == 3 || attempt == 7) {
                throw new IllegalStateException("bug or race");
            }
            if (attempt < 10) {
                throw new RuntimeException(new SQLException("deadlock detected", "40P01"));
            }
            return "applied";
        });

        assertThat(outcome).isEqualTo(new Outcome.Applied<>("applied"));
    }

    private Counter counter(String name, String reason) {
        return registry.get(name).tag("channel", CHANNEL).tag("reason", reason).counter();
    }
}
