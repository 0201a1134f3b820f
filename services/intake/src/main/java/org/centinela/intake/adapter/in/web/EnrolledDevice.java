package org.centinela.intake.adapter.in.web;

import java.util.Objects;
import java.util.UUID;
import org.centinela.contracts.directory.PersonSnapshot;

/**
 * A device of a defender's panic app whose token the directory holds: who she is, and the device's id
 * ({@code DeviceId}, derived from its token's keyed hash), which her signals name.
 */
public record EnrolledDevice(PersonSnapshot defender, UUID id) {

    public EnrolledDevice {
        Objects.requireNonNull(defender, "defender");
        Objects.requireNonNull(id, "id");
    }
}
