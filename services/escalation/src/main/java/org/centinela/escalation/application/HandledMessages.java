package org.centinela.escalation.application;

import java.time.Instant;
import java.util.UUID;

/** The signals and responses already applied, so that a redelivery changes nothing. */
public interface HandledMessages {

    /** Records {@code id}; false when it was recorded before. */
    boolean firstTime(UUID id, Instant at);
}
