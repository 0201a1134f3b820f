package org.centinela.risk.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.centinela.risk.domain.RiskModel;

/** Operators read and replace the risk model; every replacement is a new version, kept with who and when. */
@ApplicationScoped
public class TuneModel {

    private final ModelVersions versions;
    private final CurrentModel current;
    private final Clock clock;

    public TuneModel(ModelVersions versions, CurrentModel current, Clock clock) {
        this.versions = versions;
        this.current = current;
        this.clock = clock;
    }

    public StoredModel current() {
        current.scorer();
        return versions.latest().orElseThrow();
    }

    /**
     * Saves {@code proposed} (already valid: the model refuses itself otherwise) as the next version, in
     * one statement, and scores with it from then on.
     */
    public StoredModel replace(RiskModel proposed, String operator) {
        StoredModel saved = versions.add(proposed, operator, clock.instant());
        current.use(saved.model());
        return saved;
    }

    public List<StoredModel> history(int limit) {
        return versions.history(limit);
    }
}
