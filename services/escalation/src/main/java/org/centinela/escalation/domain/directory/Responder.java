package org.centinela.escalation.domain.directory;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.centinela.contracts.notification.Channel;

/**
 * A member of the network, woken up when a defender is in danger. Her contact details are personal data:
 * {@link #toString()} shows only her id.
 *
 * @param phone    E.164
 * @param email    may be null; required for the EMAIL channel
 * @param channels at least one
 * @param username the Keycloak user she signs in as; may be null
 */
public record Responder(String id, String name, String phone, String email, String language, Set<Channel> channels,
        String username) {

    public Responder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(language, "language");
        if (channels == null || channels.isEmpty()) {
            throw new IllegalArgumentException("channels must not be empty");
        }
        if (channels.contains(Channel.EMAIL) && email == null) {
            throw new IllegalArgumentException("channels has EMAIL but there is no email");
        }
        channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
    }

    @Override
    public String toString() {
        return "Responder[id=" + id + "]";
    }
}
