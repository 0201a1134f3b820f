package org.centinela.notification.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.centinela.contracts.Invariants;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.signal.Grade;

/**
 * One step of an escalation for one person on one channel, as escalation asked for it: sent once and
 * only once, whatever happens to the request, the provider or this service.
 *
 * @param idempotencyKey the request's key: the same step always has the same key
 * @param deliveryId     notification's own id of the step, carried by callback URLs and ack links
 * @param alertId        the alert
 * @param alertCode      its short code, written in every message ("Responde OK 4821")
 * @param personId       who is contacted
 * @param channel        how
 * @param purpose        why
 * @param grade          how dangerous the alert is judged
 * @param level          the escalation level (1 or more)
 * @param round          0 for the first contact at the level, then one more per re-contact
 * @param onIt           for "someone is on it", the ids of the people who acknowledged, in order; else empty
 * @param brief          when her policy level discloses the alert's brief to her (NEVER for none)
 * @param briefVersion   the version of the brief the step needs at least; 0 when it needs none
 */
public record Step(String idempotencyKey, UUID deliveryId, UUID alertId, String alertCode, String personId,
        Channel channel, NotificationPurpose purpose, Grade grade, int level, int round, List<String> onIt,
        BriefDisclosure brief, long briefVersion) {

    public Step {
        Invariants.nonBlank(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(deliveryId, "deliveryId must not be null");
        Objects.requireNonNull(alertId, "alertId must not be null");
        Invariants.alertCode(alertCode, "alertCode");
        Invariants.nonBlank(personId, "personId");
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(purpose, "purpose must not be null");
        Objects.requireNonNull(grade, "grade must not be null");
        Invariants.atLeast(level, 1, "level");
        Invariants.atLeast(round, 0, "round");
        onIt = onIt == null ? List.of() : Invariants.listOf(onIt, "onIt");
        brief = brief == null ? BriefDisclosure.NEVER : brief;
        Invariants.atLeast(briefVersion, 0, "briefVersion");
    }

    /** A step that carries no brief. */
    public Step(String idempotencyKey, UUID deliveryId, UUID alertId, String alertCode, String personId,
            Channel channel, NotificationPurpose purpose, Grade grade, int level, int round, List<String> onIt) {
        this(idempotencyKey, deliveryId, alertId, alertCode, personId, channel, purpose, grade, level, round, onIt,
                BriefDisclosure.NEVER, 0);
    }

    /** A step that names nobody as being on it and carries no brief. */
    public Step(String idempotencyKey, UUID deliveryId, UUID alertId, String alertCode, String personId,
            Channel channel, NotificationPurpose purpose, Grade grade, int level, int round) {
        this(idempotencyKey, deliveryId, alertId, alertCode, personId, channel, purpose, grade, level, round, List.of());
    }

    /**
     * Whether the message asks her to answer (acknowledge or decline): the first contact, a reminder, an
     * escalation and an operator page do; "someone is on it", "stand down" and the brief only inform.
     */
    public boolean asksForAnswer() {
        return purpose.asksForAnswer();
    }

    /**
     * Whether the message itself carries the brief: a BRIEF or BRIEF_UPDATE, or a call or e-mail that calls her
     * to act under ON_CONTACT (an SMS that calls her to act never does: the brief goes as an SMS of its own).
     */
    public boolean carriesBrief() {
        return purpose.isBrief()
                || brief == BriefDisclosure.ON_CONTACT && channel != Channel.SMS && purpose.asksForAnswer();
    }

    /**
     * Whether the step needs the brief at {@link #briefVersion} before it is sent: when it carries it, and for a
     * call that says it once she pressed 1 (ON_ACK).
     */
    public boolean needsBrief() {
        return carriesBrief() || brief == BriefDisclosure.ON_ACK && channel == Channel.VOICE && purpose.asksForAnswer();
    }

    /**
     * Its place in the send queue, higher first: the alert's grade first (CRITICAL before all others), then
     * what asks for an answer before what only informs.
     */
    public int priority() {
        return priority(grade, purpose);
    }

    /** The place in the send queue of a step of {@code grade} and {@code purpose}, higher first. */
    public static int priority(Grade grade, NotificationPurpose purpose) {
        return grade.ordinal() * 2 + (purpose.asksForAnswer() ? 1 : 0);
    }
}
