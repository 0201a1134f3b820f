package org.centinela.escalation.domain.alert;

/** The kinds of entry in an alert's timeline. */
public enum TimelineType {
    SIGNAL_RECEIVED,
    GRADE_RAISED,
    LEVEL_STARTED,
    NOTIFICATION_REQUESTED,
    NOTIFICATION_STATUS,
    RESPONSE,
    /**
     * A signal or an answer the alert did not apply; for an answer, who gave it ({@code personId} for a responder,
     * {@code actorId} for an operator) and its {@code channel}: a cancel after the alert was over, an answer from
     * someone it did not contact.
     */
    RESPONSE_IGNORED,
    STATE_CHANGED,
    OPERATORS_PAGED,
    NOTE,
    /** The brief went out to {@code personId} on {@code channel} (her provider took the message). */
    BRIEF_DISCLOSED,
    /** {@code personId} opened the brief page whose link came on {@code channel}. */
    BRIEF_OPENED,
    /** {@code actorId} read the brief through the API or the console ({@code channel}). */
    BRIEF_READ,
    /** An operator ({@code actorId}) decided on an alert held for triage: attached, opened for someone, dismissed. */
    TRIAGED,
    /**
     * A RESOLVE that did not end the alert, of a responder ({@code personId}) or an operator ({@code actorId}): not
     * enough of them yet ("1 of 2 to close"), only an operator may end it, or an operator did not say how she
     * verified the defender after a duress signal.
     */
    RESOLVE_RECORDED,
    /** An operator ({@code actorId}) ended the alert saying, in the detail, how she verified the defender. */
    RESOLVE_VERIFIED,
    /**
     * Her phone was marked seized, by an operator ({@code actorId}) or by her code word: nothing from it cancels the
     * alert, and the people it contacted are told.
     */
    PHONE_SEIZED,
    /** An operator ({@code actorId}) cleared the "phone seized" mode saying, in the detail, how she verified her. */
    PHONE_SEIZED_CLEARED,
    /**
     * One of its steps failed too many times in a row and was set aside: it no longer fires until an operator retries
     * it. The detail names the step and the class of its last failure.
     */
    STEP_SET_ASIDE,
    /** An operator ({@code actorId}) put a step that was set aside back, to fire again. */
    STEP_RETRIED
}
