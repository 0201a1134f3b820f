package org.centinela.escalation.application;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The alerts as they are read: what the engine stored, without locking anything. */
public interface AlertFiles {

    /** Alert {@code alertId} with its acknowledgements and timeline; empty when there is no such alert. */
    Optional<AlertFile> file(UUID alertId);

    /** Whether there is an alert {@code alertId}. */
    boolean exists(UUID alertId);

    /** Whether a duress signal raised alert {@code alertId} or joined it: only an operator may end it then. */
    boolean underDuress(UUID alertId);

    /** Whether alert {@code alertId} contacted {@code personId}. */
    boolean contacted(UUID alertId, String personId);

    /** The people alert {@code alertId} contacted; none for an unknown alert. */
    Set<String> recipients(UUID alertId);

    /** The page of alerts {@code query} asks for, newest first, each with its acknowledgements and timeline. */
    AlertPage page(AlertQuery query);
}
