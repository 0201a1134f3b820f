package org.centinela.contracts;

/**
 * An event on one of Centinela's Kafka topics: it knows its topic, the Kafka key the contract
 * prescribes for it, and its CloudEvents {@code type}.
 */
public interface CentinelaEvent {

    /** Version of this event's JSON shape; 1 today, raised only by an incompatible change. */
    int schemaVersion();

    /** The topic this event is published on, one of {@link Topics#ALL}. */
    String topic();

    /** The Kafka record key: events with the same key stay on one partition, in order. */
    String key();

    /** The CloudEvents {@code type} attribute, e.g. {@code org.centinela.signal.received.v1}. */
    String cloudEventType();
}
