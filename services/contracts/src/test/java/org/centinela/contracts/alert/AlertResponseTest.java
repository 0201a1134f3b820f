package org.centinela.contracts.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.centinela.contracts.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AlertResponseTest {

    private static final UUID RESPONSE_ID = UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f");

    private static AlertResponse response(UUID alertId, String alertCode, ActorType actor, ResponseKind kind) {
        return Examples.INTAKE_SEAL.sealed(RESPONSE_ID, alertId, alertCode, new Actor(actor, "person-1"), kind,
                ResponseChannel.SMS, Examples.AT, ProofMethod.TWILIO_SIGNATURE, "person-1");
    }

    @ParameterizedTest(name = "{0} from a {1}: {2}")
    @CsvSource({
        "ACK, RESPONDER", "ACK, OPERATOR", "DECLINE, RESPONDER", "DECLINE, OPERATOR",
        "RESOLVE, RESPONDER", "RESOLVE, OPERATOR"})
    void responderAndOperatorGiveEveryKind(ResponseKind kind, ActorType actor) {
        assertThat(response(Examples.ALERT_ID, null, actor, kind).kind()).isEqualTo(kind);
    }

    @Test
    void aDefenderCancelsByASignalNotByAResponse() {
        assertThat(ResponseKind.values()).containsExactly(ResponseKind.ACK, ResponseKind.DECLINE, ResponseKind.RESOLVE);
        assertThat(ActorType.values()).containsExactly(ActorType.RESPONDER, ActorType.OPERATOR);
    }

    @Test
    void needsAProof() {
        assertThatThrownBy(() -> new AlertResponse(RESPONSE_ID, Examples.ALERT_ID, null,
                new Actor(ActorType.RESPONDER, "person-1"), ResponseKind.ACK, ResponseChannel.SMS, Examples.AT, null))
                .hasMessage("proof must not be null");
    }

    @Test
    void isKeyedByTheAlertWhenItIsKnown() {
        assertThat(response(Examples.ALERT_ID, "4821", ActorType.RESPONDER, ResponseKind.ACK).key())
                .isEqualTo(Examples.ALERT_ID.toString());
    }

    @Test
    void isKeyedByTheResponderWhenTheReplyNamedNoAlert() {
        assertThat(response(null, null, ActorType.RESPONDER, ResponseKind.ACK).key()).isEqualTo("person-1");
        assertThat(response(null, "4821", ActorType.RESPONDER, ResponseKind.DECLINE).key()).isEqualTo("person-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "48 21", "4821!", "12345678901234567"})
    void refusesSomethingThatIsNotAnAlertCode(String code) {
        assertThatThrownBy(() -> response(null, code, ActorType.RESPONDER, ResponseKind.ACK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("alertCode must be 1 to 16 letters or digits, was '" + code + "'");
    }

    @Test
    void needsAResponseIdForIdempotency() {
        assertThatThrownBy(() -> Examples.INTAKE_SEAL.sealed(null, Examples.ALERT_ID, null,
                new Actor(ActorType.RESPONDER, "person-1"), ResponseKind.ACK, ResponseChannel.SMS, Examples.AT,
                ProofMethod.TWILIO_SIGNATURE, "person-1"))
                .hasMessage("responseId must not be null");
    }

    @Test
    void needsToKnowWhoResponded() {
        assertThatThrownBy(() -> new Actor(ActorType.RESPONDER, ""))
                .hasMessage("actor.id must not be blank");
        assertThatThrownBy(() -> new Actor(null, "person-1"))
                .hasMessage("actor.type must not be null");
    }
}
