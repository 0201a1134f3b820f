package org.centinela.contracts.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.centinela.contracts.Examples;
import org.junit.jupiter.api.Test;

class ResponseSealTest {

    private static final ResponseSeal INTAKE = Examples.INTAKE_SEAL;
    private static final ResponseSeal NOTIFICATION = new ResponseSeal("notification",
            "another-example-response-key-32-chars");

    private static AlertResponse ack() {
        return Examples.ack();
    }

    @Test
    void theIssuerThatSealedAResponseVerifiesIt() {
        AlertResponse response = ack();

        assertThat(response.proof().issuer()).isEqualTo("intake");
        assertThat(response.proof().method()).isEqualTo(ProofMethod.TWILIO_SIGNATURE);
        assertThat(INTAKE.verifies(response)).isTrue();
    }

    @Test
    void anotherIssuerDoesNotVerifyIt() {
        assertThat(NOTIFICATION.verifies(ack())).isFalse();
    }

    @Test
    void aSealCopiedFromAnotherIssuerDoesNotPassForIt() {
        AlertResponse sealed = ack();
        ResponseProof claimed = new ResponseProof(sealed.proof().method(), "notification", sealed.proof().subject(),
                sealed.proof().seal());
        AlertResponse forged = new AlertResponse(sealed.responseId(), sealed.alertId(), sealed.alertCode(),
                sealed.actor(), sealed.kind(), sealed.channel(), sealed.at(), claimed);

        assertThat(NOTIFICATION.verifies(forged)).isFalse();
        assertThat(INTAKE.verifies(forged)).isFalse();
    }

    @Test
    void anyChangedFieldBreaksTheSeal() {
        AlertResponse sealed = ack();
        ResponseProof proof = sealed.proof();

        assertThat(INTAKE.verifies(new AlertResponse(sealed.responseId(), sealed.alertId(), sealed.alertCode(),
                new Actor(ActorType.OPERATOR, sealed.actor().id()), sealed.kind(), sealed.channel(), sealed.at(),
                proof))).isFalse();
        assertThat(INTAKE.verifies(new AlertResponse(sealed.responseId(), sealed.alertId(), sealed.alertCode(),
                sealed.actor(), ResponseKind.RESOLVE, sealed.channel(), sealed.at(), proof))).isFalse();
        assertThat(INTAKE.verifies(new AlertResponse(sealed.responseId(), UUID.randomUUID(), sealed.alertCode(),
                sealed.actor(), sealed.kind(), sealed.channel(), sealed.at(), proof))).isFalse();
        assertThat(INTAKE.verifies(new AlertResponse(sealed.responseId(), sealed.alertId(), sealed.alertCode(),
                sealed.actor(), sealed.kind(), sealed.channel(), sealed.at(),
                new ResponseProof(ProofMethod.BEARER_TOKEN, "intake", proof.subject(), proof.seal())))).isFalse();
        assertThat(INTAKE.verifies(new AlertResponse(sealed.responseId(), sealed.alertId(), sealed.alertCode(),
                sealed.actor(), sealed.kind(), sealed.channel(), sealed.at(),
                new ResponseProof(proof.method(), "intake", "someone-else", proof.seal())))).isFalse();
    }

    @Test
    void refusesAShortKey() {
        assertThatThrownBy(() -> new ResponseSeal("intake", "short"))
                .hasMessage("the response key of intake must have at least 32 characters");
    }

    @Test
    void theProofNeverShowsItsSeal() {
        assertThat(ack().proof().toString()).doesNotContain(ack().proof().seal());
    }
}
