package org.centinela.escalation.domain.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.centinela.contracts.alert.Actor;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ProofMethod;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.alert.ResponseSeal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseTrustTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private static AlertResponse answer(String issuer, ProofMethod method, ResponseChannel channel, ActorType actor,
            String actorId, String subject) {
        return new ResponseSeal(issuer, "a-key-of-at-least-thirty-two-characters").sealed(UUID.randomUUID(),
                UUID.randomUUID(), null, new Actor(actor, actorId), ResponseKind.RESOLVE, channel, AT, method, subject);
    }

    @ParameterizedTest(name = "{0} {1} by {2} from a {3}")
    @CsvSource({
        "intake, TWILIO_SIGNATURE, SMS, RESPONDER",
        "notification, TWILIO_SIGNATURE, VOICE, RESPONDER",
        "notification, ACK_LINK, EMAIL, RESPONDER",
        "notification, ACK_LINK, LINK, RESPONDER",
        "escalation, BEARER_TOKEN, API, OPERATOR",
        "escalation, BEARER_TOKEN, CONSOLE, OPERATOR"})
    void aProofThatFitsItsAnswerIsTrusted(String issuer, ProofMethod method, ResponseChannel channel,
            ActorType actor) {
        assertThat(ResponseTrust.refusal(answer(issuer, method, channel, actor, "ana", "ana"))).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} by {2}")
    @CsvSource({
        "intake, ACK_LINK, SMS", "intake, TWILIO_SIGNATURE, VOICE", "intake, BEARER_TOKEN, API",
        "notification, TWILIO_SIGNATURE, SMS", "notification, ACK_LINK, VOICE", "notification, BEARER_TOKEN, API",
        "escalation, TWILIO_SIGNATURE, SMS", "escalation, BEARER_TOKEN, SMS", "escalation, ACK_LINK, LINK"})
    void aProofThatDoesNotFitItsChannelIsRefused(String issuer, ProofMethod method, ResponseChannel channel) {
        assertThat(ResponseTrust.refusal(answer(issuer, method, channel, ActorType.RESPONDER, "ana", "ana")))
                .contains("a " + method + " proof from " + issuer + " for an answer by " + channel);
    }

    @ParameterizedTest(name = "{0} {1} by {2}")
    @CsvSource({
        "intake, TWILIO_SIGNATURE, SMS", "notification, TWILIO_SIGNATURE, VOICE", "notification, ACK_LINK, EMAIL"})
    void aPhoneOrALinkNeverSpeaksForAnOperator(String issuer, ProofMethod method, ResponseChannel channel) {
        assertThat(ResponseTrust.refusal(answer(issuer, method, channel, ActorType.OPERATOR, "operadora",
                "operadora"))).contains("an operator's answer from a phone or a link: an operator answers logged in");
    }

    @ParameterizedTest(name = "{0} {1} by {2}")
    @CsvSource({
        "intake, TWILIO_SIGNATURE, SMS", "notification, TWILIO_SIGNATURE, VOICE", "notification, ACK_LINK, LINK"})
    void aPhoneOrALinkProvesOnlyThePersonItWasSentTo(String issuer, ProofMethod method, ResponseChannel channel) {
        assertThat(ResponseTrust.refusal(answer(issuer, method, channel, ActorType.RESPONDER, "ana", "bea")))
                .contains("a proof for someone other than who answered");
    }

    @Test
    void anOperatorsAnswerNeedsHerOwnToken() {
        assertThat(ResponseTrust.refusal(answer("escalation", ProofMethod.BEARER_TOKEN, ResponseChannel.API,
                ActorType.OPERATOR, "operadora", "ana"))).contains("an operator's answer whose token names someone else");
    }

    @Test
    void aRespondersTokenNamesHerUserNameNotHerId() {
        assertThat(ResponseTrust.refusal(answer("escalation", ProofMethod.BEARER_TOKEN, ResponseChannel.API,
                ActorType.RESPONDER, "responder-7", "ana"))).isEmpty();
    }

    @Test
    void noOtherServiceProvesAnswers() {
        assertThat(ResponseTrust.refusal(answer("risk-scoring", ProofMethod.BEARER_TOKEN, ResponseChannel.API,
                ActorType.OPERATOR, "operadora", "operadora")))
                .contains("a proof from risk-scoring, which proves no answers");
    }
}
