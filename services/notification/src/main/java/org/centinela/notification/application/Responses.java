package org.centinela.notification.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.centinela.contracts.alert.Actor;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ProofMethod;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.alert.ResponseSeal;
import org.centinela.notification.domain.Step;

/**
 * The responses a person gives through notification (a keypress, an ack link, a brief page's button), sealed
 * with notification's response key so that escalation knows notification checked them. Each names how it was
 * proven: a keypress by Twilio's signature on a call she was sent (channel VOICE), a link by being one that was
 * sent to her only (channel EMAIL or LINK); the proof's subject is the person the call or link was sent to.
 *
 * <p>The actor is always a RESPONDER, even when the person is an operator: a phone or a link proves a person,
 * not an operator's login, and only escalation's API, behind Keycloak, speaks for an operator.
 *
 * <p>The same act always gives the same response id, so that a retried webhook or a pressed-again button is the
 * same response.
 */
public final class Responses {

    /** The issuer of every response notification seals, as escalation knows it. */
    private static final String ISSUER = "notification";

    private final ResponseSeal seal;

    /** @param responseKey notification's response key, shared with escalation only */
    public Responses(String responseKey) {
        this.seal = new ResponseSeal(ISSUER, responseKey);
    }

    /** Her key {@code kind} (1 acknowledges, 2 declines) pressed on call {@code callSid} of {@code step}. */
    AlertResponse keypress(Step step, ResponseKind kind, String callSid, Instant at) {
        return sealed(step.alertId(), step.alertCode(), step.personId(), kind, ResponseChannel.VOICE,
                ProofMethod.TWILIO_SIGNATURE, "voice:" + callSid + ":" + kind, at);
    }

    /** Her acknowledgement by the link of the e-mail of {@code step}. */
    AlertResponse ackLink(Step step, Instant at) {
        return sealed(step.alertId(), step.alertCode(), step.personId(), ResponseKind.ACK, ResponseChannel.EMAIL,
                ProofMethod.ACK_LINK, "email:" + step.deliveryId(), at);
    }

    /**
     * The "I'm on it" of person {@code personId} on the brief page of alert {@code alertId}, opened from the link
     * whose token hashes to {@code tokenHash}.
     */
    AlertResponse briefPageButton(UUID alertId, String alertCode, String personId, String tokenHash, Instant at) {
        return sealed(alertId, alertCode, personId, ResponseKind.ACK, ResponseChannel.LINK, ProofMethod.ACK_LINK,
                "link:" + tokenHash, at);
    }

    /** {@code origin} identifies what she did (the call and key, the link): the same act, the same response id. */
    private AlertResponse sealed(UUID alertId, String alertCode, String personId, ResponseKind kind,
            ResponseChannel channel, ProofMethod method, String origin, Instant at) {
        UUID responseId = UUID.nameUUIDFromBytes(("response:" + origin).getBytes(StandardCharsets.UTF_8));
        return seal.sealed(responseId, alertId, alertCode, new Actor(ActorType.RESPONDER, personId), kind, channel, at,
                method, personId);
    }
}
