package org.centinela.intake.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Requests of the panic app by their {@code clientId}, so that a retried request is answered alike. */
public interface AppRequests {

    /** What the first request with this client id produced (a signal or check-in id), if there was one. */
    Optional<UUID> resultOf(String defenderId, UUID clientId);

    /** Records the result; false when a concurrent request with the same client id recorded first. */
    boolean record(String defenderId, UUID clientId, UUID resultId, Instant at);
}
