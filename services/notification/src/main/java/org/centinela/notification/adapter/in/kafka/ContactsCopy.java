package org.centinela.notification.adapter.in.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.directorycopy.PersonCopy;
import org.centinela.notification.application.Directory;
import org.centinela.notification.domain.Contact;

/**
 * Notification's copy of {@code directory.people} (fed by the shared directory consumer): only how to
 * reach each person, and her name for "someone is on it" messages; no hash.
 */
@ApplicationScoped
public class ContactsCopy implements PersonCopy {

    private final Directory directory;

    public ContactsCopy(Directory directory) {
        this.directory = directory;
    }

    @Override
    public void put(PersonSnapshot person) {
        directory.put(new Contact(person.personId(), person.name(), person.phone(), person.email(),
                person.language(), person.channels()));
    }

    @Override
    public void remove(String personId) {
        directory.remove(personId);
    }
}
