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
        return new AlertResponse(RESPONSE_ID, alertId, alertCode, new Actor(actor, "person-1"), kind,
                ResponseChannel.SMS, Examples.AT);
    }

    @ParameterizedTest(name = "{0} from a {1}: {2}")
    @CsvSource({
        "ACK, RESPONDER, true", "ACK, OPERATOR, true", "ACK, DEFENDER, false",
        "DECLINE, RESPONDER, true", "DECLINE, OPERATOR, true", "DECLINE, DEFENDER, false",
        "RESOLVE, RESPONDER, true", "RESOLVE, OPERATOR, true", "RESOLVE, DEFENDER, false",
        "CANCEL, DEFENDER, true", "CANCEL, RESPONDER, false", "CANCEL, OPERATOR, false"})
    void eachKindComesOnlyFromThoseWhoMayGiveIt(ResponseKind kind, ActorType actor, boolean allowed) {
        if (allowed) {
            assertThat(response(Examples.ALERT_ID, null, actor, kind).kind()).isEqualTo(kind);
        } else {
            assertThatThrownBy(() -> response(Examples.ALERT_ID, null, actor, kind))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("kind " + kind + " may not come from a " + actor);
        }
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
        assertThatThrownBy(() -> new AlertResponse(null, Examples.ALERT_ID, null,
                new Actor(ActorType.RESPONDER, "person-1"), ResponseKind.ACK, ResponseChannel.SMS, Examples.AT))
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
