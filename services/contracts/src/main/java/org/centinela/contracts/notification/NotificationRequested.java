package org.centinela.contracts.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.Invariants;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.signal.Grade;

/**
 * A request to send one message to one person on one channel about an alert. The notification
 * service sends it at least once and, thanks to the idempotency key, never twice.
 *
 * @param schemaVersion  version of this shape, {@value #SCHEMA_VERSION} today
 * @param idempotencyKey the same for every redelivery of this step; build it with {@link #idempotencyKey}
 * @param alertId        the alert
 * @param alertCode      its short code, for the message text and the replies ("OK 4821")
 * @param personId       who to contact; notification looks her contact details up in {@code directory.people}
 * @param channel        how to contact her
 * @param purpose        why
 * @param grade          the alert's grade, for the message template
 * @param level          the escalation level, at least 1
 * @param round          0 for the first contact at this level, then 1, 2 … for each {@code repeatEvery}
 * @param requestedAt    when escalation asked for it
 * @param onIt           for SOMEONE_ON_IT, the ids of the people who acknowledged, in order, so the message can
 *                       say who is on it; empty for every other purpose (and when an older producer left it out)
 * @param brief          when her policy level discloses the alert's brief to this person: ON_CONTACT, the message
 *                       carries it where its channel can (a call says her name and place, an e-mail the whole
 *                       brief); ON_ACK, a call says it once she pressed 1; NEVER (also when an older producer left
 *                       it out), it carries none. An SMS of purpose ALERT, ESCALATION or REMINDER never carries it:
 *                       the brief goes by SMS as a message of its own (purpose BRIEF)
 * @param briefVersion   for a message that carries the brief, the version of {@code alerts.briefs} it needs at
 *                       least (notification waits a while for it); 0 when it carries none
 */
public record NotificationRequested(
        int schemaVersion,
        String idempotencyKey,
        UUID alertId,
        String alertCode,
        String personId,
        Channel channel,
        NotificationPurpose purpose,
        Grade grade,
        int level,
        int round,
        Instant requestedAt,
        List<String> onIt,
        BriefDisclosure brief,
        Long briefVersion) implements CentinelaEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "org.centinela.notification.requested.v1";

    public NotificationRequested {
        Invariants.schemaVersion(schemaVersion);
        Invariants.nonBlank(idempotencyKey, "idempotencyKey");
        Invariants.present(alertId, "alertId");
        Invariants.alertCode(alertCode, "alertCode");
        Invariants.nonBlank(personId, "personId");
        Invariants.present(channel, "channel");
        Invariants.present(purpose, "purpose");
        Invariants.present(grade, "grade");
        Invariants.atLeast(level, 1, "level");
        Invariants.atLeast(round, 0, "round");
        Invariants.present(requestedAt, "requestedAt");
        onIt = onIt == null ? List.of() : Invariants.listOf(onIt, "onIt");
        onIt.forEach(id -> Invariants.nonBlank(id, "onIt element"));
        if (!onIt.isEmpty() && purpose != NotificationPurpose.SOMEONE_ON_IT) {
            throw new IllegalArgumentException("onIt is only for SOMEONE_ON_IT, not " + purpose);
        }
        brief = brief == null ? BriefDisclosure.NEVER : brief;
        briefVersion = briefVersion == null ? 0L : briefVersion;
        Invariants.atLeast(briefVersion, 0, "briefVersion");
        if (purpose.isBrief()) {
            if (channel == Channel.VOICE) {
                throw new IllegalArgumentException(purpose + " is sent by SMS or e-mail, never by a call");
            }
            if (brief == BriefDisclosure.NEVER) {
                throw new IllegalArgumentException(purpose + " needs a disclosure rule that allows the brief");
            }
        }
        if (carries(purpose, channel, brief) && briefVersion < 1) {
            throw new IllegalArgumentException("a message that carries the brief needs briefVersion of at least 1");
        }
    }

    /** A request without the brief (as an older producer wrote it). */
    public NotificationRequested(int schemaVersion, String idempotencyKey, UUID alertId, String alertCode,
            String personId, Channel channel, NotificationPurpose purpose, Grade grade, int level, int round,
            Instant requestedAt, List<String> onIt) {
        this(schemaVersion, idempotencyKey, alertId, alertCode, personId, channel, purpose, grade, level, round,
                requestedAt, onIt, BriefDisclosure.NEVER, 0L);
    }

    /** A request that names nobody as being on it. */
    public NotificationRequested(int schemaVersion, String idempotencyKey, UUID alertId, String alertCode,
            String personId, Channel channel, NotificationPurpose purpose, Grade grade, int level, int round,
            Instant requestedAt) {
        this(schemaVersion, idempotencyKey, alertId, alertCode, personId, channel, purpose, grade, level, round,
                requestedAt, List.of());
    }

    /** The same request, telling who is on it (SOMEONE_ON_IT only). */
    public NotificationRequested naming(List<String> acknowledgedBy) {
        return new NotificationRequested(schemaVersion, idempotencyKey, alertId, alertCode, personId, channel, purpose,
                grade, level, round, requestedAt, acknowledgedBy, brief, briefVersion);
    }

    /** The same request under disclosure rule {@code rule}, needing version {@code version} of the brief. */
    public NotificationRequested disclosing(BriefDisclosure rule, long version) {
        return new NotificationRequested(schemaVersion, idempotencyKey, alertId, alertCode, personId, channel, purpose,
                grade, level, round, requestedAt, onIt, rule, version);
    }

    /**
     * Whether this message carries the brief now: a BRIEF or BRIEF_UPDATE, or a call or e-mail under ON_CONTACT.
     * (Under ON_ACK a call says it only once she pressed 1.)
     */
    public boolean carriesBrief() {
        return carries(purpose, channel, brief);
    }

    private static boolean carries(NotificationPurpose purpose, Channel channel, BriefDisclosure brief) {
        return purpose.isBrief()
                || brief == BriefDisclosure.ON_CONTACT && channel != Channel.SMS && purpose.asksForAnswer();
    }

    /** A request of the current schema version whose idempotency key is built from its step. */
    public static NotificationRequested of(UUID alertId, String alertCode, String personId, Channel channel,
            NotificationPurpose purpose, Grade grade, int level, int round, Instant requestedAt) {
        return new NotificationRequested(SCHEMA_VERSION,
                idempotencyKey(alertId, level, round, personId, channel, purpose),
                alertId, alertCode, personId, channel, purpose, grade, level, round, requestedAt);
    }

    /**
     * A request of the current schema version under disclosure rule {@code brief}, needing version
     * {@code briefVersion} of the alert's brief (0 when it carries none); BRIEF and BRIEF_UPDATE are built so.
     */
    public static NotificationRequested of(UUID alertId, String alertCode, String personId, Channel channel,
            NotificationPurpose purpose, Grade grade, int level, int round, Instant requestedAt, BriefDisclosure brief,
            long briefVersion) {
        return new NotificationRequested(SCHEMA_VERSION,
                idempotencyKey(alertId, level, round, personId, channel, purpose),
                alertId, alertCode, personId, channel, purpose, grade, level, round, requestedAt, List.of(), brief,
                briefVersion);
    }

    /**
     * The one way to build the idempotency key of a step: the same inputs give the same key across
     * restarts and redeliveries, and any different input gives a different key.
     */
    public static String idempotencyKey(UUID alertId, int level, int round, String personId, Channel channel,
            NotificationPurpose purpose) {
        return String.join(":",
                Invariants.present(alertId, "alertId").toString(),
                "L" + level,
                "R" + round,
                Invariants.nonBlank(personId, "personId"),
                Invariants.present(channel, "channel").name(),
                Invariants.present(purpose, "purpose").name());
    }

    @Override
    public String topic() {
        return Topics.NOTIFICATIONS_REQUESTED;
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
