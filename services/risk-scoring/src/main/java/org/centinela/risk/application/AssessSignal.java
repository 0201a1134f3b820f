package org.centinela.risk.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.risk.domain.Assessment;
import org.centinela.risk.domain.RiskScorer;
import org.centinela.risk.domain.SignalFacts;

/**
 * Grades received signals with the current model, from what each says and what is known of her: her
 * baseline risk (her country goes onto the assessment as it is), her alerts of the last 30 days and her signals of the last 10 minutes (those earlier
 * in the same batch included). A signal is assessed once: a redelivered one gets its stored assessment
 * back. A batch takes a handful of queries whatever its size, which is what lets one instance keep up
 * with thousands of signals a second.
 */
@ApplicationScoped
public class AssessSignal {

    static final Duration HISTORY = Duration.ofDays(30);
    static final Duration REPEATS = Duration.ofMinutes(10);

    private final Assessments assessments;
    private final AlertHistory history;
    private final DefenderProfiles profiles;
    private final CurrentModel model;
    private final Clock clock;

    public AssessSignal(Assessments assessments, AlertHistory history, DefenderProfiles profiles, CurrentModel model,
            Clock clock) {
        this.assessments = assessments;
        this.history = history;
        this.profiles = profiles;
        this.model = model;
        this.clock = clock;
    }

    /** The assessments of {@code signals}, in their order. */
    @Transactional
    public List<SignalAssessed> assess(List<SignalReceived> signals) {
        if (signals.isEmpty()) {
            return List.of();
        }
        Map<UUID, SignalAssessed> known = assessments.of(signals.stream().map(SignalReceived::signalId).toList());
        List<SignalReceived> fresh = signals.stream().filter(s -> !known.containsKey(s.signalId())).toList();
        Map<UUID, SignalAssessed> result = new HashMap<>(known);
        if (!fresh.isEmpty()) {
            result.putAll(assessFresh(fresh));
        }
        return signals.stream().map(s -> result.get(s.signalId())).toList();
    }

    private Map<UUID, SignalAssessed> assessFresh(List<SignalReceived> fresh) {
        Set<String> defenders = fresh.stream().map(SignalReceived::defenderId).collect(Collectors.toSet());
        Instant earliest = fresh.stream().map(SignalReceived::receivedAt).min(Comparator.naturalOrder()).orElseThrow();
        Map<String, List<Instant>> alerts = history.openedSince(defenders, earliest.minus(HISTORY)).stream()
                .collect(Collectors.groupingBy(AlertHistory.Opened::defenderId,
                        Collectors.mapping(AlertHistory.Opened::at, Collectors.toList())));
        List<Assessments.Received> recent = new ArrayList<>(assessments.receivedSince(defenders, earliest.minus(REPEATS)));
        RiskScorer scorer = model.scorer();
        List<SignalAssessed> assessed = new ArrayList<>(fresh.size());
        for (SignalReceived signal : fresh) {
            assessed.add(assess(signal, scorer, alerts.getOrDefault(signal.defenderId(), List.of()), recent));
            recent.add(new Assessments.Received(signal.defenderId(), signal.signalId(), signal.receivedAt()));
        }
        Set<UUID> kept = assessments.keep(assessed, clock.instant());
        Map<UUID, SignalAssessed> byId = new HashMap<>();
        assessed.stream().filter(a -> kept.contains(a.signalId())).forEach(a -> byId.put(a.signalId(), a));
        List<UUID> meanwhile = assessed.stream().map(SignalAssessed::signalId).filter(id -> !kept.contains(id)).toList();
        if (!meanwhile.isEmpty()) {
            byId.putAll(assessments.of(meanwhile));
        }
        return byId;
    }

    private SignalAssessed assess(SignalReceived signal, RiskScorer scorer, List<Instant> herAlerts,
            List<Assessments.Received> recent) {
        Instant at = signal.receivedAt();
        Instant historyFrom = at.minus(HISTORY);
        Instant repeatsFrom = at.minus(REPEATS);
        int alertsLast30Days = (int) herAlerts.stream().filter(t -> !t.isBefore(historyFrom) && !t.isAfter(at)).count();
        int repeats = (int) recent.stream()
                .filter(r -> r.defenderId().equals(signal.defenderId()) && !r.signalId().equals(signal.signalId()))
                .filter(r -> !r.at().isBefore(repeatsFrom) && r.at().isBefore(at))
                .count();
        DefenderProfiles.Profile profile = signal.verifiedSender() ? profiles.of(signal.defenderId())
                : DefenderProfiles.Profile.NONE;
        SignalFacts facts = new SignalFacts(signal.type(),
                SignalFacts.textOf(signal.text(), signal.report() == null ? null : signal.report().narrative()),
                signal.location(), signal.verifiedSender(), profile.baselineRisk(), alertsLast30Days, repeats);
        Assessment assessment = scorer.assess(facts);
        return SignalAssessed.of(signal, assessment.score(), assessment.grade(), assessment.modelVersion(),
                assessment.factors(), assessment.triage(), profile.country());
    }
}
