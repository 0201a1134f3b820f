package org.centinela.console.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.centinela.console.application.SignalAssessments;
import org.centinela.console.domain.SignalAssessment;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.alert.LifecycleKind;
import org.centinela.contracts.signal.Grade;
import org.centinela.inbound.Inbound;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/**
 * The console's read model waits out a database that restarts instead of dead-lettering what it was given (the chaos
 * run saw three valid records dead-lettered by the console right after PostgreSQL restarted), and still sends a
 * record that is no event to the dead-letter topic.
 */
class ReadModelConsumerTest {

    private final AtomicBoolean acked = new AtomicBoolean();
    private final AtomicReference<Throwable> nacked = new AtomicReference<>();

    @Test
    void aDatabaseThatRestartsIsWaitedForAndTheRecordApplied() throws Exception {
        Restarting database = new Restarting(2);
        ReadModelConsumer consumer = new ReadModelConsumer(database,
                new Inbound(new SimpleMeterRegistry(), Duration.ofMillis(200), 10));
        UUID signal = UUID.randomUUID();
        AlertLifecycle opened = new AlertLifecycle(AlertLifecycle.SCHEMA_VERSION, UUID.randomUUID(), "4821", "defender-1",
                LifecycleKind.OPENED, AlertState.OPEN, Grade.CRITICAL, 1, true, signal, null, Instant.now());

        consumer.lifecycle(message(EventJson.write(opened))).toCompletableFuture().get(10, TimeUnit.SECONDS);

        assertThat(nacked.get()).as("nacked, so dead-lettered").isNull();
        assertThat(acked).isTrue();
        assertThat(database.joined).containsExactly(signal);
    }

    @Test
    void aRecordThatIsNoEventGoesToTheDeadLetterTopic() throws Exception {
        Restarting database = new Restarting(0);
        ReadModelConsumer consumer = new ReadModelConsumer(database,
                new Inbound(new SimpleMeterRegistry(), Duration.ofMillis(200), 10));

        consumer.lifecycle(message("not an event".getBytes(StandardCharsets.UTF_8))).toCompletableFuture()
                .get(10, TimeUnit.SECONDS);

        assertThat(nacked.get()).isNotNull();
        assertThat(acked).isFalse();
        assertThat(database.joined).isEmpty();
    }

    private Message<byte[]> message(byte[] payload) {
        return Message.of(payload, () -> {
            acked.set(true);
            return CompletableFuture.completedFuture(null);
        }, reason -> {
            nacked.set(reason);
            return CompletableFuture.completedFuture(null);
        });
    }

    /** The console's tables behind a PostgreSQL that refuses the first writes while it starts up again. */
    private static final class Restarting implements SignalAssessments {

        private final AtomicInteger refusals;
        private final List<UUID> joined = new CopyOnWriteArrayList<>();

        Restarting(int refusals) {
            this.refusals = new AtomicInteger(refusals);
        }

        @Override
        public void record(String defenderId, String country, SignalAssessment assessment, boolean triage,
                long modelVersion) {
            throw new UnsupportedOperationException("not used here");
        }

        @Override
        public void joined(UUID alertId, UUID signalId, Instant at) {
            if (refusals.getAndDecrement() > 0) {
                throw new IllegalStateException("could not record the signal of an alert",
                        new SQLException("the database system is starting up", "57P03"));
            }
            joined.add(signalId);
        }

        @Override
        public List<SignalAssessment> ofAlert(UUID alertId) {
            return List.of();
        }
    }
}
