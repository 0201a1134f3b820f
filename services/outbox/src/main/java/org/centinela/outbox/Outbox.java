package org.centinela.outbox;

import java.util.Collection;
import org.centinela.contracts.CentinelaEvent;

/**
 * Where events wait for Kafka: written in the caller's database transaction, so that what a service
 * accepted or decided and the events that say so are committed together, and relayed to their topic
 * right after that transaction commits (and by a poll as a safety net), even if the broker was down at
 * the time. Nothing is written outside a transaction that rolls back.
 */
public interface Outbox {

    /** Appends {@code event}, for its topic and with its key. */
    void append(CentinelaEvent event);

    /** Appends {@code events} in their order, written together (one batch, not one statement each). */
    void appendAll(Collection<? extends CentinelaEvent> events);

    /**
     * Appends a tombstone: a record with {@code key} and a null value, which deletes that key from a
     * compacted topic such as {@code directory.people}.
     */
    void tombstone(String topic, String key);
}
