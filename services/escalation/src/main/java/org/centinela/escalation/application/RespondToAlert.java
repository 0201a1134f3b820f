package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.centinela.contracts.alert.Actor;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.escalation.application.Caller.Part;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.outbox.Outbox;

/**
 * An operator, or a responder the alert contacted, answers it through the API: ACK, DECLINE or RESOLVE.
 * The answer does not change the alert here; it goes to {@code alerts.responses} through the outbox, in
 * the transaction that audits it, and the engine applies it from there like an SMS reply or a keypress —
 * one way in for every answer, in the alert's order.
 */
@ApplicationScoped
public class RespondToAlert {

    private final AlertFiles files;
    private final Network network;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public RespondToAlert(AlertFiles files, Network network, Outbox outbox, AuditTrail audit, Clock clock) {
        this.files = files;
        this.network = network;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Sends {@code caller}'s {@code kind} about alert {@code alertId} on its way; the response's id.
     *
     * @throws IllegalArgumentException for a CANCEL, which only the defender gives
     * @throws UnknownAlert             when there is no such alert
     * @throws AlertForbidden           when the caller is neither an operator nor a responder it contacted
     */
    @Transactional
    public UUID respond(Caller caller, UUID alertId, ResponseKind kind) {
        if (!kind.allowedFrom(ActorType.OPERATOR) || !kind.allowedFrom(ActorType.RESPONDER)) {
            throw new IllegalArgumentException("kind must be ACK, DECLINE or RESOLVE, was " + kind);
        }
        if (!files.exists(alertId)) {
            throw new UnknownAlert(alertId);
        }
        Actor actor = actorOf(caller, alertId);
        Instant now = clock.instant();
        AlertResponse response = new AlertResponse(UUID.randomUUID(), alertId, null, actor, kind, ResponseChannel.API,
                now);
        outbox.append(response);
        audit.append(now, caller.username(), AuditAction.RESPOND, ReadAlerts.subject(alertId));
        return response.responseId();
    }

    private Actor actorOf(Caller caller, UUID alertId) {
        if (caller.plays(Part.OPERATOR)) {
            return new Actor(ActorType.OPERATOR, caller.username());
        }
        if (caller.plays(Part.RESPONDER)) {
            String responderId = network.responderIdOf(caller.username())
                    .filter(id -> files.contacted(alertId, id))
                    .orElseThrow(() -> new AlertForbidden("only the responders an alert contacted may answer it"));
            return new Actor(ActorType.RESPONDER, responderId);
        }
        throw new AlertForbidden("only operators and the responders an alert contacted may answer it");
    }
}
