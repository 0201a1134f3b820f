package org.centinela.risk.adapter.in.kafka;

import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.centinela.contracts.signal.SignalAssessed;

/**
 * Publishes a batch's assessments so that one defender's never overtake each other on {@code signals.assessed}: hers
 * go one after the other, the next only once the broker confirmed the one before (however many times that one had to
 * be tried), while different defenders' go side by side. Sending them all at once and retrying each on its own would
 * let a "BIEN" with her PIN reach escalation before the SOS it cancels, when a broker fails over between the two.
 */
final class PerDefenderOrder {

    private PerDefenderOrder() {
    }

    /** Done once every assessment is confirmed; {@code publish} confirms one (retrying as long as it takes). */
    static Uni<Void> publish(List<SignalAssessed> assessments, Function<SignalAssessed, Uni<Void>> publish) {
        Map<String, List<SignalAssessed>> byDefender = new LinkedHashMap<>();
        assessments.forEach(assessment -> byDefender.computeIfAbsent(assessment.key(), key -> new ArrayList<>())
                .add(assessment));
        List<Uni<Void>> defenders = byDefender.values().stream().map(hers -> oneAfterTheOther(hers, publish)).toList();
        return defenders.isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(defenders).andFailFast().replaceWithVoid();
    }

    private static Uni<Void> oneAfterTheOther(List<SignalAssessed> hers, Function<SignalAssessed, Uni<Void>> publish) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (SignalAssessed assessment : hers) {
            chain = chain.chain(() -> publish.apply(assessment));
        }
        return chain;
    }
}
