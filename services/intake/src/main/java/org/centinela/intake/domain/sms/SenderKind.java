package org.centinela.intake.domain.sms;

/** Who is writing, as far as the SMS grammar needs to know: it decides which commands she can give. */
public enum SenderKind {
    /** A defender of the network: panic, report, cancel with PIN, check-in. */
    DEFENDER,
    /** A responder (or an operator) answering an alert: acknowledge, decline, resolve. */
    RESPONDER,
    /** A number nobody registered: only a panic keyword is read; never her code word, never a command. */
    UNKNOWN
}
