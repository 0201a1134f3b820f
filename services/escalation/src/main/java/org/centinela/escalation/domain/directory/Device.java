package org.centinela.escalation.domain.directory;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.centinela.contracts.directory.DeviceId;

/**
 * A device of a defender's panic app, known by the keyed fingerprint of its token; its id ({@link DeviceId}) is
 * derived from that fingerprint, so that intake can name it on the signals it sends without a table of ids.
 * {@link #toString()} shows only the id.
 *
 * @param tokenHash  the keyed fingerprint of its token, which intake compares with the app's bearer token
 * @param enrolledAt when an operator enrolled it
 * @param lastUsedAt when it last sent a signal; null when it never did
 */
public record Device(String tokenHash, Instant enrolledAt, Instant lastUsedAt) {

    public Device {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
    }

    /** Its id, the same wherever it is named. */
    public UUID id() {
        return DeviceId.of(tokenHash);
    }

    @Override
    public String toString() {
        return "Device[id=" + id() + "]";
    }
}
