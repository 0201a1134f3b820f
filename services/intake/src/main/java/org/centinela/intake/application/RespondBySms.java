package org.centinela.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.centinela.contracts.alert.Actor;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ProofMethod;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.alert.ResponseSeal;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.intake.domain.sms.SenderKind;
import org.centinela.intake.domain.sms.SmsCommand;
import org.centinela.intake.domain.sms.SmsGrammar;
import org.centinela.outbox.Outbox;

/**
 * A person of the network answers an alert by SMS (OK, NO, RESUELTO …): a response on {@code alerts.responses},
 * sealed by intake, whose proof is the Twilio-signed webhook from the number the directory has for her. She answers
 * as a responder even when the directory makes her an operator: a phone proves a person, not an operator's login,
 * and what only an operator may do needs her Keycloak login, through escalation's API.
 */
@ApplicationScoped
public class RespondBySms {

    private final Outbox outbox;
    private final ResponseSeal seal;

    public RespondBySms(Outbox outbox, ResponseSeal seal) {
        this.outbox = outbox;
        this.seal = seal;
    }

    /** Publishes what her SMS answers, if it answers anything; call it in the transaction that accepts the SMS. */
    public void answer(PersonSnapshot person, String body, UUID responseId, Instant at) {
        SmsCommand command = SmsGrammar.read(body, SenderKind.RESPONDER, word -> false);
        if (command instanceof SmsCommand.Acknowledge ack) {
            publish(responseId, ack.alertCode().orElse(null), person, ResponseKind.ACK, at);
        } else if (command instanceof SmsCommand.Decline decline) {
            publish(responseId, decline.alertCode().orElse(null), person, ResponseKind.DECLINE, at);
        } else if (command instanceof SmsCommand.Resolve resolve) {
            publish(responseId, resolve.alertCode(), person, ResponseKind.RESOLVE, at);
        }
    }

    private void publish(UUID responseId, String alertCode, PersonSnapshot person, ResponseKind kind, Instant at) {
        AlertResponse response = seal.sealed(responseId, null, alertCode,
                new Actor(ActorType.RESPONDER, person.personId()), kind, ResponseChannel.SMS, at,
                ProofMethod.TWILIO_SIGNATURE, person.personId());
        outbox.append(response);
    }
}
