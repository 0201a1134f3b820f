package org.centinela.notification.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.centinela.contracts.alert.Actor;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.notification.domain.Step;

/**
 * The responses a person gives through notification (a keypress, an ack link, a brief page's button), as
 * escalation reads them.
 */
final class Responses {

    private Responses() {
    }

    /**
     * Her response to the alert of {@code step}; {@code origin} identifies what she did (the call and key,
     * the link), so that the same act always gives the same response id.
     */
    static AlertResponse of(Step step, PersonRole role, ResponseKind kind, ResponseChannel channel, String origin,
            Instant at) {
        return of(step.alertId(), step.alertCode(), step.personId(), role, kind, channel, origin, at);
    }

    /** Her response ({@code personId}, as {@code role}) to alert {@code alertId}; see {@link #of(Step, PersonRole, ResponseKind, ResponseChannel, String, Instant)}. */
    static AlertResponse of(UUID alertId, String alertCode, String personId, PersonRole role, ResponseKind kind,
            ResponseChannel channel, String origin, Instant at) {
        ActorType actor = role == PersonRole.OPERATOR ? ActorType.OPERATOR : ActorType.RESPONDER;
        UUID responseId = UUID.nameUUIDFromBytes(("response:" + origin).getBytes(StandardCharsets.UTF_8));
        return new AlertResponse(responseId, alertId, alertCode, new Actor(actor, personId), kind, channel, at);
    }
}
