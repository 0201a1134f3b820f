package org.centinela.risk.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.centinela.risk.domain.RiskModel;
import org.centinela.risk.domain.RiskScorer;

/**
 * The scorer of the newest model version. A version saved by any replica is picked up within
 * {@code recheck} (the number is compared, the model read only when it changed); the very first start
 * saves the default model as version 1.
 */
public final class CurrentModel {

    static final String SYSTEM = "centinela";

    private final ModelVersions versions;
    private final Clock clock;
    private final Duration recheck;
    private volatile RiskScorer scorer;
    private volatile Instant checkedAt = Instant.MIN;

    public CurrentModel(ModelVersions versions, Clock clock, Duration recheck) {
        this.versions = versions;
        this.clock = clock;
        this.recheck = recheck;
    }

    public RiskScorer scorer() {
        Instant now = clock.instant();
        RiskScorer current = scorer;
        if (current == null || checkedAt.plus(recheck).isBefore(now)) {
            current = refreshed(current, now);
        }
        return current;
    }

    /** Scores with {@code model} from now on (it was just saved here). */
    public void use(RiskModel model) {
        scorer = RiskScorer.of(model);
        checkedAt = clock.instant();
    }

    private synchronized RiskScorer refreshed(RiskScorer current, Instant now) {
        long newest = versions.latestVersion();
        if (current == null || current.model().version() != newest) {
            RiskModel model = newest == 0
                    ? versions.add(RiskModel.defaults(), SYSTEM, now).model()
                    : versions.latest().orElseThrow().model();
            current = RiskScorer.of(model);
            scorer = current;
        }
        checkedAt = now;
        return current;
    }
}
