package org.centinela.escalation.application;

import java.time.Instant;
import java.util.List;

/** The durable timers: steps kept until they fire. */
public interface DueSteps {

    /**
     * At most {@code limit} steps due at {@code now}, earliest first, locked for this transaction;
     * steps another instance holds are skipped, so no step fires twice.
     */
    List<DueStep> claim(Instant now, int limit);

    /** Forgets steps that fired. */
    void done(List<DueStep> steps);
}
