package org.centinela.escalation.application;

/** The compacted {@code directory.people} as the broker holds it. */
public interface DirectoryTopic {

    /**
     * Whether the broker has never held a record of it: a new or rebuilt broker. Compaction never brings an offset
     * back to zero, so a topic that ever had a record is not empty.
     */
    boolean neverWritten();
}
