package org.centinela.inbound;

/**
 * A record that breaks its topic's contract (not an event, an event under the wrong key, a tombstone where none
 * is allowed): it goes to the dead-letter topic at once, with this message as its reason. A reader or a use case
 * throws it; the message names the field and the rule, never a value of the record (no personal data).
 */
public class UnreadableRecord extends RuntimeException {

    public UnreadableRecord(String reason) {
        super(reason);
    }

    public UnreadableRecord(String reason, Throwable cause) {
        super(reason, cause);
    }
}
