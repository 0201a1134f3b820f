package org.centinela.escalation;

import java.time.Instant;
import java.util.UUID;
import org.centinela.contracts.alert.Actor;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ProofMethod;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.alert.ResponseSeal;

/**
 * Answers as the services that prove them would seal them, with the local development keys the tests run with:
 * an SMS by intake, a keypress or a link by notification, the API by escalation.
 */
public final class Answers {

    public static final ResponseSeal INTAKE = new ResponseSeal("intake",
            "local-intake-response-key-not-a-secret-0123456789");
    public static final ResponseSeal NOTIFICATION = new ResponseSeal("notification",
            "local-notification-response-key-not-a-secret-0123456789");
    public static final ResponseSeal ESCALATION = new ResponseSeal("escalation",
            "local-escalation-response-key-not-a-secret-0123456789");

    private Answers() {
    }

    /** {@code actor}'s answer by {@code channel}, proven as that channel proves it, for {@code actor}. */
    public static AlertResponse of(UUID responseId, UUID alertId, String alertCode, Actor actor, ResponseKind kind,
            ResponseChannel channel, Instant at) {
        return switch (channel) {
            case SMS -> INTAKE.sealed(responseId, alertId, alertCode, actor, kind, channel, at,
                    ProofMethod.TWILIO_SIGNATURE, actor.id());
            case VOICE -> NOTIFICATION.sealed(responseId, alertId, alertCode, actor, kind, channel, at,
                    ProofMethod.TWILIO_SIGNATURE, actor.id());
            case EMAIL, LINK -> NOTIFICATION.sealed(responseId, alertId, alertCode, actor, kind, channel, at,
                    ProofMethod.ACK_LINK, actor.id());
            case API, CONSOLE -> ESCALATION.sealed(responseId, alertId, alertCode, actor, kind, channel, at,
                    ProofMethod.BEARER_TOKEN, actor.id());
        };
    }
}
