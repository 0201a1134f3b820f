package org.centinela.escalation.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The durable timers: steps kept until they fire. A step that failed waits a little before it is tried again; one
 * that failed too many times in a row is set aside: it no longer fires until an operator puts it back.
 */
public interface DueSteps {

    /**
     * At most {@code limit} steps due at {@code now}, earliest first, locked for this transaction;
     * steps another instance holds are skipped, so no step fires twice. Steps set aside, and failed steps whose
     * backoff has not ended, are not due.
     */
    List<DueStep> claim(Instant now, int limit);

    /** Forgets steps that fired. */
    void done(List<DueStep> steps);

    /**
     * Counts one more failure of each of {@code steps}, of exception class {@code failure}: it is tried again after
     * {@code backoff}, doubled for each earlier failure in a row; one that failed {@code setAsideAfter} times is set
     * aside at {@code now}. Each step as it is now.
     */
    List<FailedStep> failed(List<DueStep> steps, String failure, Instant now, Duration backoff, int setAsideAfter);

    /** At most {@code limit} steps set aside, earliest set aside first. */
    List<FailedStep> setAside(int limit);

    /** How many steps are set aside. */
    long countSetAside();

    /** Puts step {@code id} back, to fire as soon as it is due, with no failure counted; empty if it is not set aside. */
    Optional<FailedStep> retry(UUID id);
}
