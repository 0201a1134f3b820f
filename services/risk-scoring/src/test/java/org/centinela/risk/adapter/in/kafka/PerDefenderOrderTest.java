package org.centinela.risk.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.risk.Signals;
import org.junit.jupiter.api.Test;

class PerDefenderOrderTest {

    private final List<SignalAssessed> started = new CopyOnWriteArrayList<>();
    private final Map<SignalAssessed, CompletableFuture<Void>> confirmations = new ConcurrentHashMap<>();

    private Uni<Void> publish(SignalAssessed assessment) {
        started.add(assessment);
        return Uni.createFrom().completionStage(confirmations.computeIfAbsent(assessment, a -> new CompletableFuture<>()));
    }

    @Test
    void herNextAssessmentWaitsUntilTheBrokerConfirmedTheOneBefore() {
        SignalAssessed sos = assessed("def-ana", "SOS");
        SignalAssessed cancel = assessed("def-ana", "BIEN");
        SignalAssessed other = assessed("def-bea", "SOS");

        CompletableFuture<Void> done = PerDefenderOrder.publish(List.of(sos, cancel, other), this::publish)
                .subscribeAsCompletionStage();

        assertThat(started).containsExactly(sos, other);
        confirmations.get(other).complete(null);
        assertThat(started).containsExactly(sos, other);
        confirmations.get(sos).complete(null);
        assertThat(started).containsExactly(sos, other, cancel);
        assertThat(done).isNotDone();
        confirmations.get(cancel).complete(null);
        assertThat(done).isCompleted();
    }

    @Test
    void anEmptyBatchIsDoneAtOnce() {
        assertThat(PerDefenderOrder.publish(List.of(), this::publish).subscribeAsCompletionStage()).isCompleted();
        assertThat(started).isEmpty();
    }

    private static SignalAssessed assessed(String defender, String text) {
        return SignalAssessed.of(Signals.panic(defender, text), 80, Grade.HIGH, 1, List.of(), false, "GT");
    }
}
