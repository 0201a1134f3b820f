package org.centinela.contracts;

import java.util.List;

/**
 * The names of Centinela's Kafka topics (contract §2) and of their dead-letter topics.
 */
public final class Topics {

    /** Signals from defenders and unknown numbers; carries personal data, access-restricted, never logged. */
    public static final String SIGNALS_RECEIVED = "signals.received";
    /** Signals with their risk score, grade and factors; ids and codes only. */
    public static final String SIGNALS_ASSESSED = "signals.assessed";
    /** ACK, DECLINE and RESOLVE from responders and operators, CANCEL from a defender. */
    public static final String ALERTS_RESPONSES = "alerts.responses";
    /** One message to one person on one channel, with an idempotency key. */
    public static final String NOTIFICATIONS_REQUESTED = "notifications.requested";
    /** Delivery state of a requested notification as the provider reports it. */
    public static final String NOTIFICATIONS_STATUS = "notifications.status";
    /** What happened to an alert: opened, escalated, acknowledged, resolved, cancelled. */
    public static final String ALERTS_LIFECYCLE = "alerts.lifecycle";
    /**
     * Compacted snapshots of people (contact details, PIN and token hashes); a null value is the
     * tombstone that deletes a person. Access-restricted, never logged.
     */
    public static final String DIRECTORY_PEOPLE = "directory.people";
    /**
     * Compacted briefs of alerts (her name, words, locations), keyed by alert id; a tombstone erases one when the
     * alert is over. Personal data: access-restricted (escalation writes, notification reads), never logged.
     */
    public static final String ALERTS_BRIEFS = "alerts.briefs";

    /** Every topic of the contract, in the order of the flow. */
    public static final List<String> ALL = List.of(
            SIGNALS_RECEIVED,
            SIGNALS_ASSESSED,
            ALERTS_RESPONSES,
            NOTIFICATIONS_REQUESTED,
            NOTIFICATIONS_STATUS,
            ALERTS_LIFECYCLE,
            DIRECTORY_PEOPLE,
            ALERTS_BRIEFS);

    /** The fewest partitions any of these topics may have. */
    public static final int MIN_PARTITIONS = 3;

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** The dead-letter topic of {@code topic}: {@code <topic>.dlq}. */
    public static String deadLetter(String topic) {
        return Invariants.nonBlank(topic, "topic") + DEAD_LETTER_SUFFIX;
    }
}
