package org.centinela.outbox;

import org.centinela.contracts.CentinelaEvent;

/** An event for the tests, on a topic of its own. */
record SampleEvent(String key, String text) implements CentinelaEvent {

    static final String TOPIC = "outbox.sample";
    static final String TYPE = "org.centinela.sample.happened.v1";

    @Override
    public int schemaVersion() {
        return 1;
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String cloudEventType() {
        return TYPE;
    }
}
