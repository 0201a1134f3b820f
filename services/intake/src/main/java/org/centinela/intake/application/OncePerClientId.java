package org.centinela.intake.application;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Runs an app request once per {@code clientId}: the first time, the action gets a fresh id (a signal's
 * or a check-in's) in the same transaction that records it; a retry gets that id back and does nothing.
 */
public final class OncePerClientId {

    private final AppRequests requests;
    private final Clock clock;

    public OncePerClientId(AppRequests requests, Clock clock) {
        this.requests = requests;
        this.clock = clock;
    }

    public UUID run(String defenderId, UUID clientId, Consumer<UUID> action) {
        UUID fresh = UUID.randomUUID();
        if (requests.record(defenderId, clientId, fresh, clock.instant())) {
            action.accept(fresh);
            return fresh;
        }
        return requests.resultOf(defenderId, clientId).orElseThrow(
                () -> new IllegalStateException("client id " + clientId + " was recorded without a result"));
    }
}
