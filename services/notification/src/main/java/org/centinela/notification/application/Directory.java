package org.centinela.notification.application;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.centinela.notification.domain.Contact;

/**
 * Notification's local copy of the network directory (the compacted {@code directory.people} topic):
 * where to reach each person, by her id. Requests carry ids, never phone numbers.
 */
public final class Directory {

    private final Map<String, Contact> byId = new ConcurrentHashMap<>();

    /** Her newest snapshot replaces the one held. */
    public void put(Contact contact) {
        byId.put(contact.personId(), contact);
    }

    /** A tombstone: she left the directory. */
    public void remove(String personId) {
        byId.remove(personId);
    }

    public Optional<Contact> byId(String personId) {
        return Optional.ofNullable(byId.get(personId));
    }
}
