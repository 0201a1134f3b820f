package org.centinela.contracts.signal;

/** What a signal asks for. */
public enum SignalType {
    /** A panic: SOS by SMS, the app's panic button, or her personal code word. */
    PANIC,
    /** A documented incident report. */
    REPORT,
    /** A cancel made with the duress PIN: it looks like a cancel to her, and escalates as critical. */
    DURESS,
    /** A check-in timer ran out without her confirming she is safe. */
    CHECKIN_MISSED,
    /** A cancel of her open alert with her valid PIN; it passes through scoring ungraded. */
    CANCEL,
    /**
     * Her phone is in other hands: she sent the code word she registered for it (from any phone). Escalation puts
     * her in "phone seized" mode; it passes through scoring ungraded and never opens an alert.
     */
    PHONE_SEIZED;

    /** Whether risk-scoring grades it: every type but CANCEL and PHONE_SEIZED, which pass through ungraded. */
    public boolean isGraded() {
        return this != CANCEL && this != PHONE_SEIZED;
    }
}
