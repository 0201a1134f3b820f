package org.centinela.contracts.alert;

import java.time.Instant;
import java.util.UUID;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.Invariants;
import org.centinela.contracts.Topics;

/**
 * A response to an alert: ACK, DECLINE or RESOLVE from a responder or operator, with how it was proven and
 * the seal of the service that checked it ({@link ResponseSeal}). An SMS reply may name the alert only by its
 * code, or not at all (the latest alert sent to her); escalation resolves it.
 *
 * @param schemaVersion version of this shape, {@value #SCHEMA_VERSION} today
 * @param responseId    identifies this response; a redelivered response has the same id (idempotency)
 * @param alertId       the alert, when the responder's channel knew it; may be null
 * @param alertCode     the alert's short code as she typed it; may be null
 * @param actor         who responded
 * @param kind          what she said
 * @param channel       where she said it
 * @param at            when she said it
 * @param proof         how the publisher knew it was her, sealed; build a response with {@link ResponseSeal#sealed}
 */
public record AlertResponse(
        int schemaVersion,
        UUID responseId,
        UUID alertId,
        String alertCode,
        Actor actor,
        ResponseKind kind,
        ResponseChannel channel,
        Instant at,
        ResponseProof proof) implements CentinelaEvent {

    /** 2 added the proof: a response of version 1 has none, and escalation applies none without one. */
    public static final int SCHEMA_VERSION = 2;
    public static final String TYPE = "org.centinela.alert.responded.v2";

    public AlertResponse {
        Invariants.schemaVersion(schemaVersion);
        Invariants.present(responseId, "responseId");
        if (alertCode != null) {
            Invariants.alertCode(alertCode, "alertCode");
        }
        Invariants.present(actor, "actor");
        Invariants.present(kind, "kind");
        Invariants.present(channel, "channel");
        Invariants.present(at, "at");
        Invariants.present(proof, "proof");
    }

    /** A response of the current schema version. */
    public AlertResponse(UUID responseId, UUID alertId, String alertCode, Actor actor, ResponseKind kind,
            ResponseChannel channel, Instant at, ResponseProof proof) {
        this(SCHEMA_VERSION, responseId, alertId, alertCode, actor, kind, channel, at, proof);
    }

    @Override
    public String topic() {
        return Topics.ALERTS_RESPONSES;
    }

    /** The alert's id when known, otherwise the id of the person who responded. */
    @Override
    public String key() {
        return alertId != null ? alertId.toString() : actor.id();
    }

    @Override
    public String cloudEventType() {
        return TYPE;
    }
}
