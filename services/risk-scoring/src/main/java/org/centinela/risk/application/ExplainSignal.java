package org.centinela.risk.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.SignalType;
import org.centinela.risk.domain.Assessment;
import org.centinela.risk.domain.SignalFacts;

/** Scores a hypothetical signal with the current model, publishing and keeping nothing (operators try the model). */
@ApplicationScoped
public class ExplainSignal {

    private final AlertHistory history;
    private final DefenderProfiles profiles;
    private final CurrentModel model;
    private final Clock clock;

    public ExplainSignal(AlertHistory history, DefenderProfiles profiles, CurrentModel model, Clock clock) {
        this.history = history;
        this.profiles = profiles;
        this.model = model;
        this.clock = clock;
    }

    /** With a {@code defenderId}, her baseline and recent alerts count; without, a verified stranger's. */
    public Assessment explain(SignalType type, String text, Location location, String defenderId) {
        Instant now = clock.instant();
        int baseline = defenderId == null ? 0 : profiles.of(defenderId).baselineRisk();
        int alerts = defenderId == null ? 0 : history.openedSince(List.of(defenderId), now.minus(AssessSignal.HISTORY)).size();
        return model.scorer().assess(new SignalFacts(type, text, location, true, baseline, alerts, 0));
    }
}
