package org.centinela.escalation.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.centinela.escalation.domain.policy.PolicyDraft;
import org.centinela.escalation.domain.policy.PolicyLevel;
import org.centinela.escalation.domain.policy.ResolveBy;
import org.junit.jupiter.api.Test;

/**
 * A policy version as {@code policy_version.body} keeps it (the JSON an operator writes, {@link PolicyDraft}): the
 * brief rule of each level is written, and a body stored before levels had one reads with its positions' defaults.
 */
class PolicyBodyJsonTest {

    private static final String STORED_BEFORE_BRIEFS = """
            {"name": "Guatemala default",
             "levels": [
               {"name": "Trusted contacts", "targets": ["group:trusted-marta"], "channels": ["SMS", "VOICE"],
                "quorum": 1, "escalateAfter": "PT2M", "repeatEvery": "PT1M"},
               {"name": "Protection unit", "targets": ["group:unidad"], "channels": ["SMS", "EMAIL"],
                "quorum": 2, "escalateAfter": "PT5M", "repeatEvery": null}],
             "startLevelByGrade": {"LOW": 1, "ELEVATED": 1, "HIGH": 1, "CRITICAL": 2}}
            """;

    private final ObjectMapper mapper = StoredJson.mapper();

    @Test
    void aBodyStoredBeforeLevelsSaidTheirBriefRuleReadsWithTheDefaults() throws Exception {
        EscalationPolicy policy = mapper.readValue(STORED_BEFORE_BRIEFS, PolicyDraft.class).toPolicy("gt-default", 4);

        assertThat(policy.levels()).extracting(PolicyLevel::brief)
                .containsExactly(BriefDisclosure.ON_CONTACT, BriefDisclosure.ON_ACK);
    }

    @Test
    void aBodyStoredBeforePoliciesSaidWhoMayEndAnAlertReadsAsQuorum() throws Exception {
        EscalationPolicy policy = mapper.readValue(STORED_BEFORE_BRIEFS, PolicyDraft.class).toPolicy("gt-default", 4);

        assertThat(policy.resolveBy()).isEqualTo(ResolveBy.QUORUM);
    }

    @Test
    void theRulesAreWrittenAndReadBack() throws Exception {
        EscalationPolicy policy = mapper.readValue(STORED_BEFORE_BRIEFS.replace("\"quorum\": 2,",
                "\"quorum\": 2, \"brief\": \"NEVER\",").replace("\"startLevelByGrade\"",
                "\"resolveBy\": \"OPERATOR\", \"startLevelByGrade\""), PolicyDraft.class).toPolicy("gt-default", 5);

        String body = mapper.writeValueAsString(PolicyDraft.of(policy));

        assertThat(mapper.readTree(body).findValuesAsText("brief")).containsExactly("ON_CONTACT", "NEVER");
        assertThat(mapper.readTree(body).get("resolveBy").asText()).isEqualTo("OPERATOR");
        assertThat(mapper.readValue(body, PolicyDraft.class).toPolicy("gt-default", 5)).isEqualTo(policy);
    }
}
