package org.centinela.notification.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.centinela.contracts.notification.Channel;
import org.centinela.notification.domain.Contact;
import org.centinela.notification.domain.Step;
import org.centinela.notification.domain.WhoIsOnIt;

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

    /** Who is on the alert of {@code step}, by name, as much as a message on its channel has room for. */
    public WhoIsOnIt whoIsOnIt(Step step) {
        return named(step.onIt(), step.channel());
    }

    /** The people of {@code personIds} (in order) by name, as much as a message on {@code channel} has room for. */
    public WhoIsOnIt named(List<String> personIds, Channel channel) {
        if (personIds.isEmpty()) {
            return WhoIsOnIt.nobody();
        }
        List<String> names = personIds.stream().map(this::byId).flatMap(Optional::stream).map(Contact::name).toList();
        return WhoIsOnIt.on(channel, names);
    }
}
