package org.centinela.escalation.domain;

/** What someone did to a record of the network: the verbs of the audit log. */
public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    DELETE,
    RESPOND,
    /** A device token was issued to a defender's panic app (the token itself is never recorded). */
    ISSUE_DEVICE_TOKEN,
    /** An alert's brief went out to a person (the actor) on a channel. */
    RECEIVE_BRIEF,
    /** A person (the actor) opened an alert's brief page, whose link came on a channel. */
    OPEN_BRIEF,
    /** Someone (the actor) read an alert's brief through the API or the console. */
    READ_BRIEF,
    /** An operator decided on an alert held for triage: attached, opened for someone, or dismissed. */
    TRIAGE,
    /**
     * An operator resolved an alert saying how she verified the defender (what she said stays on the alert's
     * timeline, never in the log).
     */
    RESOLVE_VERIFIED,
    /** Someone (the actor) was refused an alert or its brief: a responder it did not contact, an auditor's brief. */
    READ_REFUSED,
    /**
     * An answer to an alert was refused: through the API, from someone who may not answer it; on
     * {@code alerts.responses}, one whose seal or proof does not hold, or from a responder it did not contact.
     */
    ANSWER_REFUSED,
    /** An operator revoked one device of a defender's panic app: intake refuses its token from then on. */
    REVOKE_DEVICE,
    /** An operator revoked every device of a defender's panic app. */
    REVOKE_ALL_DEVICES,
    /**
     * Her phone was marked seized (the actor: the operator, or her code word): her devices revoked, nothing from her
     * phone cancels, her network told.
     */
    MARK_PHONE_SEIZED,
    /**
     * An operator cleared the "phone seized" mode saying how she verified the defender (what she said is kept with
     * the mode and on her open alerts' timelines, never in the log).
     */
    CLEAR_PHONE_SEIZED,
    /** A step of an alert failed too many times in a row and was set aside (the actor: the service itself). */
    SET_ASIDE_STEP,
    /** An operator put a step of an alert that was set aside back, to fire again. */
    RETRY_STEP,
    /** An operator had every person's data key wrapped under the current master key (the subject names it). */
    REWRAP_DATA_KEYS
}
