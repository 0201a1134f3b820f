package org.centinela.escalation.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.centinela.escalation.domain.directory.ResponderGroup;

/** The groups of responders as they are kept, in the caller's transaction. */
public interface Groups {

    Optional<ResponderGroup> group(String id);

    /** Creates or replaces {@code group}; whether it was created. */
    boolean save(ResponderGroup group, Instant at);

    /** Whether there was such a group. */
    boolean delete(String id);

    /** A page of groups whose name contains {@code search} (any case; null: all), by name. */
    List<ResponderGroup> groups(String search, int offset, int limit);

    /** The ids of the groups responder {@code responderId} is a member of. */
    List<String> groupsWith(String responderId);
}
