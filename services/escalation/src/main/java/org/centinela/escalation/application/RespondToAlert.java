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
import org.centinela.contracts.alert.ProofMethod;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.alert.ResponseSeal;
import org.centinela.escalation.application.Caller.Part;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.policy.Violation;
import org.centinela.outbox.Outbox;

/**
 * An operator, or a responder the alert contacted, answers it through the API: ACK, DECLINE or RESOLVE.
 * The answer does not change the alert here; it goes to {@code alerts.responses} through the outbox, in
 * the transaction that audits it, and the engine applies it from there like an SMS reply or a keypress —
 * one way in for every answer, in the alert's order.
 *
 * <p>An operator's RESOLVE may say how she verified the defender ({@code verification}); after a duress signal it
 * must. The contract of {@code alerts.responses} has no place for it, so it is kept by the response's id
 * ({@link Verifications}) in the same transaction, and the engine reads it back when it applies the response.
 */
@ApplicationScoped
public class RespondToAlert {

    /** The longest verification kept, in characters: with the operator's name it fits a timeline line (1000). */
    public static final int MAX_VERIFICATION_LENGTH = 500;

    private final AlertFiles files;
    private final Network network;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Verifications verifications;
    private final Clock clock;

    public RespondToAlert(AlertFiles files, Network network, Outbox outbox, AuditTrail audit,
            Verifications verifications, Clock clock) {
        this.files = files;
        this.network = network;
        this.outbox = outbox;
        this.audit = audit;
        this.verifications = verifications;
        this.clock = clock;
    }

    /**
     * Sends {@code caller}'s {@code kind} about alert {@code alertId} on its way; the response's id.
     *
     * @param verification how an operator resolving it verified the defender; null when she says nothing. Kept
     *                     only with an operator's RESOLVE
     * @throws IllegalArgumentException for a CANCEL, which only the defender gives
     * @throws InvalidAnswer            for an operator's RESOLVE after a duress signal without a verification, or one
     *                                  longer than {@value #MAX_VERIFICATION_LENGTH} characters
     * @throws UnknownAlert             when there is no such alert
     * @throws AlertForbidden           when the caller is neither an operator nor a responder it contacted
     */
    @Transactional
    public UUID respond(Caller caller, UUID alertId, ResponseKind kind, String verification) {
        if (!files.exists(alertId)) {
            throw new UnknownAlert(alertId);
        }
        Actor actor = actorOf(caller, alertId);
        boolean verifiedResolve = actor.type() == ActorType.OPERATOR && kind == ResponseKind.RESOLVE;
        String said = verifiedResolve ? verificationOf(alertId, verification) : null;
        Instant now = clock.instant();
        AlertResponse response = new ResponseSeal("escalation", "a-response-key-until-the-merge-of-proofs")
                .sealed(UUID.randomUUID(), alertId, null, actor, kind, ResponseChannel.API, now,
                        ProofMethod.BEARER_TOKEN, caller.username());
        if (said != null) {
            verifications.keep(response.responseId(), alertId, actor.id(), said, now);
        }
        outbox.append(response);
        audit.append(now, caller.username(), AuditAction.RESPOND, ReadAlerts.subject(alertId));
        return response.responseId();
    }

    /** The verification of an operator's RESOLVE without surrounding spaces; null when none is given. */
    private String verificationOf(UUID alertId, String verification) {
        String said = verification == null || verification.isBlank() ? null : verification.strip();
        if (said == null && files.underDuress(alertId)) {
            throw new InvalidAnswer(Violation.of("verification",
                    "is required to resolve an alert after a duress signal: say how the defender was verified",
                    "required"));
        }
        if (said != null && said.length() > MAX_VERIFICATION_LENGTH) {
            throw new InvalidAnswer(Violation.of("verification", "must be at most " + MAX_VERIFICATION_LENGTH
                    + " characters", "too-long", MAX_VERIFICATION_LENGTH));
        }
        return said;
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
