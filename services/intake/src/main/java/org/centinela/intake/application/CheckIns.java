package org.centinela.intake.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.centinela.intake.domain.CheckIn;

/** Where check-in timers are kept, durably: they must fire after any restart. */
public interface CheckIns {

    void open(CheckIn checkIn);

    Optional<CheckIn> find(UUID id);

    /** Her most recent open check-in. */
    Optional<CheckIn> latestOpen(String defenderId);

    /** Closes an open check-in; false if it was no longer open. */
    boolean close(UUID id, Instant at);

    /** Marks up to {@code max} open check-ins due by {@code now} as missed and returns them; no two callers get the same one. */
    List<CheckIn> claimOverdue(Instant now, int max);
}
