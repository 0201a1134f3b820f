package org.centinela.contracts.notification;

/** Why a person is being contacted about an alert. */
public enum NotificationPurpose {
    /** First call to a level's targets. */
    ALERT,
    /** Re-contact of someone who has not acknowledged yet ({@code repeatEvery}). */
    REMINDER,
    /** The alert moved to a higher level. */
    ESCALATION,
    /** Quorum reached: tells the network who is on it. */
    SOMEONE_ON_IT,
    /** The alert was resolved or cancelled: stand down. */
    STAND_DOWN,
    /** Past the last level without quorum: pages the operators on duty. */
    OPERATOR_PAGE,
    /** The alert's brief (her name, her words, where she is, a link to the brief page), by SMS or e-mail. */
    BRIEF,
    /** What changed in the brief (a new location or new words), to those on it; at most one per person every 2 minutes. */
    BRIEF_UPDATE,
    /**
     * Her phone may be in other hands ("phone seized" mode): do not trust what comes from it, verify her another
     * way. Once to each person contacted on her open alerts.
     */
    PHONE_SEIZED;

    /** Whether the message calls her to act: it offers to acknowledge (press 1, an ack link). */
    public boolean asksForAnswer() {
        return this == ALERT || this == REMINDER || this == ESCALATION || this == OPERATOR_PAGE;
    }

    /** Whether the message is the brief or an update of it. */
    public boolean isBrief() {
        return this == BRIEF || this == BRIEF_UPDATE;
    }
}
