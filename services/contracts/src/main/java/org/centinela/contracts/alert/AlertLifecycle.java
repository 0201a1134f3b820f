package org.centinela.contracts.alert;

import java.time.Instant;
import java.util.UUID;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.Invariants;
import org.centinela.contracts.Topics;
import org.centinela.contracts.signal.Grade;

/**
 * One step in the life of an alert, with the state it left the alert in; ids, codes and states only.
 *
 * @param schemaVersion  version of this shape, {@value #SCHEMA_VERSION} today
 * @param alertId        the alert
 * @param alertCode      its short code as used in SMS
 * @param defenderId     the defender it protects (or an unknown sender's key)
 * @param kind           what happened
 * @param state          the alert's state after it
 * @param grade          the alert's grade after it
 * @param level          the highest level started so far, 0 before any (an unverified alert held for triage)
 * @param verifiedSender false when the alert came from an unknown number and must not fan out
 * @param signalId       the signal that opened or joined the alert; required for OPENED and SIGNAL_JOINED
 * @param actorId        the person whose act this records; required for ACK_RECEIVED, RESOLVED and CANCELLED
 * @param at             when it happened
 */
public record AlertLifecycle(
        int schemaVersion,
        UUID alertId,
        String alertCode,
        String defenderId,
        LifecycleKind kind,
        AlertState state,
        Grade grade,
        int level,
        boolean verifiedSender,
        UUID signalId,
        String actorId,
        Instant at) implements CentinelaEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "org.centinela.alert.changed.v1";

    public AlertLifecycle {
        Invariants.schemaVersion(schemaVersion);
        Invariants.present(alertId, "alertId");
        Invariants.alertCode(alertCode, "alertCode");
        Invariants.nonBlank(defenderId, "defenderId");
        Invariants.present(kind, "kind");
        Invariants.present(state, "state");
        Invariants.present(grade, "grade");
        Invariants.atLeast(level, 0, "level");
        Invariants.present(at, "at");
        if (!kind.allows(state)) {
            throw new IllegalArgumentException("state must not be " + state + " after " + kind);
        }
        if ((kind == LifecycleKind.OPENED || kind == LifecycleKind.SIGNAL_JOINED) && signalId == null) {
            throw new NullPointerException("signalId must not be null for " + kind);
        }
        if (actorId != null) {
            Invariants.nonBlank(actorId, "actorId");
        } else if (kind == LifecycleKind.ACK_RECEIVED || kind == LifecycleKind.RESOLVED
                || kind == LifecycleKind.CANCELLED) {
            throw new NullPointerException("actorId must not be null for " + kind);
        }
    }

    /** A lifecycle event of the current schema version. */
    public AlertLifecycle(UUID alertId, String alertCode, String defenderId, LifecycleKind kind, AlertState state,
            Grade grade, int level, boolean verifiedSender, UUID signalId, String actorId, Instant at) {
        this(SCHEMA_VERSION, alertId, alertCode, defenderId, kind, state, grade, level, verifiedSender, signalId,
                actorId, at);
    }

    @Override
    public String topic() {
        return Topics.ALERTS_LIFECYCLE;
    }

    /** The alert's id. */
    @Override
    public String key() {
        return alertId.toString();
    }

    @Override
    public String cloudEventType() {
        return TYPE;
    }
}
