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
    CANCEL
}
