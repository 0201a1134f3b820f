package org.centinela.console.adapter.out.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centinela.console.adapter.in.web.PolicyForm;
import org.centinela.console.adapter.in.web.Texts;
import org.centinela.console.domain.FieldProblem;
import org.centinela.console.domain.PolicyRefused;
import org.junit.jupiter.api.Test;

class PolicyBodyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theFormBecomesTheContractsPolicyWithIsoDurationsEachLevelsBriefRuleAndWhoMayCloseAnAlert() throws Exception {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("name", List.of("Guatemala default"));
        form.put("levels[0].name", List.of("Trusted contacts"));
        form.put("levels[0].targets", List.of("group:trusted-marta"));
        form.put("levels[0].channels", List.of("SMS", "VOICE"));
        form.put("levels[0].quorum", List.of("1"));
        form.put("levels[0].escalateAfter", List.of("2m"));
        form.put("levels[0].repeatEvery", List.of("1m"));
        form.put("levels[1].name", List.of("Protection unit"));
        form.put("levels[1].targets", List.of("group:unidad"));
        form.put("levels[1].channels", List.of("SMS", "EMAIL", "VOICE"));
        form.put("levels[1].quorum", List.of("2"));
        form.put("levels[1].escalateAfter", List.of("1h30m"));
        form.put("levels[1].repeatEvery", List.of(""));
        form.put("levels[1].brief", List.of("NEVER"));
        form.put("startLevelByGrade.LOW", List.of("1"));
        form.put("startLevelByGrade.ELEVATED", List.of("1"));
        form.put("startLevelByGrade.HIGH", List.of("1"));
        form.put("startLevelByGrade.CRITICAL", List.of("2"));
        form.put("resolveBy", List.of("OPERATOR"));

        Map<String, Object> body = PolicyBody.of(PolicyForm.submitted("gt", form).read(new Texts().in("es")).policy());

        assertThat(JSON.readTree(JSON.writeValueAsString(body))).isEqualTo(JSON.readTree("""
                { "name": "Guatemala default",
                  "levels": [
                    { "name": "Trusted contacts", "targets": ["group:trusted-marta"], "channels": ["SMS","VOICE"],
                      "quorum": 1, "escalateAfter": "PT2M", "repeatEvery": "PT1M", "brief": "ON_CONTACT" },
                    { "name": "Protection unit", "targets": ["group:unidad"], "channels": ["SMS","VOICE","EMAIL"],
                      "quorum": 2, "escalateAfter": "PT1H30M", "brief": "NEVER" } ],
                  "startLevelByGrade": { "LOW": 1, "ELEVATED": 1, "HIGH": 1, "CRITICAL": 2 },
                  "resolveBy": "OPERATOR" }
                """));
    }

    @Test
    void escalationsProblemBecomesTheFieldsItFoundWrong() {
        String problem = """
                {"type":"https://centinela.org/problems/invalid-fields","title":"Invalid request","status":422,
                 "detail":"names an unknown group 'x'; 3 is more than the 2 people level 2 reaches",
                 "errors":[{"field":"levels[0].targets[0]","message":"names an unknown group 'x'"},
                           {"field":"levels[1].quorum","message":"3 is more than the 2 people level 2 reaches"}]}
                """;

        assertThat(EscalationPolicies.refused(problem, JSON).problems()).containsExactly(
                new FieldProblem("levels[0].targets[0]", "names an unknown group 'x'"),
                new FieldProblem("levels[1].quorum", "3 is more than the 2 people level 2 reaches"));
    }

    @Test
    void aProblemWithoutFieldsIsAboutTheWholePolicy() {
        PolicyRefused refused = EscalationPolicies.refused(
                "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\"malformed JSON\"}", JSON);

        assertThat(refused.problems()).containsExactly(new FieldProblem("", "malformed JSON"));
    }
}
