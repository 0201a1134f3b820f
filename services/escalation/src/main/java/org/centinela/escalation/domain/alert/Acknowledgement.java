package org.centinela.escalation.domain.alert;

import java.time.Instant;
import java.util.Objects;
import org.centinela.contracts.alert.ResponseChannel;

/** "I'm on it" from one person, on one channel, at one time. */
public record Acknowledgement(String personId, ResponseChannel channel, Instant at) {

    public Acknowledgement {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
    }
}
