package org.centinela.risk.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.centinela.risk.domain.RiskModel;

/** Every version of the risk model ever saved; the newest scores new signals. */
public interface ModelVersions {

    Optional<StoredModel> latest();

    /** The newest version number, without reading the model; 0 when none was saved. */
    long latestVersion();

    /** Saves {@code model} as the version after the newest (its own version number is replaced). */
    StoredModel add(RiskModel model, String changedBy, Instant at);

    /** The {@code limit} newest versions, newest first. */
    List<StoredModel> history(int limit);
}
