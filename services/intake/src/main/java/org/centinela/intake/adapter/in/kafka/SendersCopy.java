package org.centinela.intake.adapter.in.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.directorycopy.PersonCopy;
import org.centinela.intake.application.Directory;

/**
 * Intake's copy of {@code directory.people} (fed by the shared directory consumer): who is writing, by
 * phone number, and whose panic app is calling, by device-token fingerprint.
 */
@ApplicationScoped
public class SendersCopy implements PersonCopy {

    private final Directory directory;

    public SendersCopy(Directory directory) {
        this.directory = directory;
    }

    @Override
    public void put(PersonSnapshot person) {
        directory.put(person);
    }

    @Override
    public void remove(String personId) {
        directory.remove(personId);
    }
}
