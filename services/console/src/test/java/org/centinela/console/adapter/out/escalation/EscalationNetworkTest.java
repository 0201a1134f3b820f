package org.centinela.console.adapter.out.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.centinela.console.domain.network.Defender;
import org.centinela.console.domain.network.EntryRefused;
import org.centinela.console.domain.FieldProblem;
import org.centinela.problem.Problem;
import org.junit.jupiter.api.Test;

class EscalationNetworkTest {

    @Test
    void aProblemOf422NamesEveryFieldAtFault() {
        Problem problem = Problem.invalidFields(422, "name must not be blank; channels[0] must be one of SMS, VOICE, EMAIL",
                List.of(new Problem.FieldError("name", "name must not be blank"),
                        new Problem.FieldError("channels[0]", "channels[0] must be one of SMS, VOICE, EMAIL")));

        EntryRefused refused = EscalationNetwork.refusal(422, problem);

        assertThat(refused.conflict()).isFalse();
        assertThat(refused.violations()).containsExactly(new FieldProblem("name", "name must not be blank"),
                new FieldProblem("channels[0]", "channels[0] must be one of SMS, VOICE, EMAIL"));
    }

    @Test
    void aProblemOf409IsAConflict() {
        Problem problem = new Problem(Problem.ABOUT_BLANK, "Conflict", 409, "phone is already the number of another person",
                List.of(new Problem.FieldError("phone", "phone is already the number of another person")));

        EntryRefused refused = EscalationNetwork.refusal(409, problem);

        assertThat(refused.conflict()).isTrue();
        assertThat(refused.getMessage()).isEqualTo("phone is already the number of another person");
        assertThat(refused.violations()).extracting(FieldProblem::field).containsExactly("phone");
    }

    @Test
    void readsWhetherHerPhoneIsSeizedSinceWhenAndWhetherSheHasACodeWordForIt() throws Exception {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        String marta = """
                { "id": "d-1", "name": "Marta Xol Caal", "phone": "+50255500011", "language": "es", "country": "GT",
                  "policyId": "gt-default", "baselineRisk": 2, "smsReplies": true, "hasCodeWord": true, "devices": 0,
                  %s }
                """;

        Defender seized = json.readValue(marta.formatted("""
                "phoneSeized": true, "phoneSeizedSince": "2026-12-07T10:04:00Z", "hasSeizedCodeWord": true"""),
                Defender.class);
        Defender before = json.readValue(marta.formatted("\"updatedAt\": \"2026-12-01T09:00:00Z\""),
                Defender.class);

        assertThat(seized.phoneSeized()).isTrue();
        assertThat(seized.phoneSeizedSince()).isEqualTo(Instant.parse("2026-12-07T10:04:00Z"));
        assertThat(seized.hasSeizedCodeWord()).isTrue();
        assertThat(before.phoneSeized()).as("an escalation that does not say it").isFalse();
        assertThat(before.phoneSeizedSince()).isNull();
        assertThat(before.hasSeizedCodeWord()).isFalse();
    }
}
