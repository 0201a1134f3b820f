package org.centinela.directorycopy;

import org.centinela.contracts.directory.PersonSnapshot;

/**
 * What a service keeps of each person on {@code directory.people}: each service implements it with
 * only what it needs (intake: who is writing; notification: how to reach her; risk-scoring: her
 * baseline risk), and {@link DirectoryConsumer} feeds it.
 */
public interface PersonCopy {

    /** Her latest snapshot. */
    void put(PersonSnapshot person);

    /** She was deleted from the directory (a tombstone). */
    void remove(String personId);
}
