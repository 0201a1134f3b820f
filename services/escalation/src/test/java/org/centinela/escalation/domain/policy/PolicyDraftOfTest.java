package org.centinela.escalation.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyDraftOfTest {

    @Test
    void aPolicyWrittenBackAsADraftReadsAsTheSamePolicy() {
        EscalationPolicy policy = GuatemalaDefault.policy();

        PolicyDraft draft = PolicyDraft.of(policy);

        assertThat(draft.toPolicy(policy.id(), policy.version())).isEqualTo(policy);
        assertThat(draft.levels().get(0).targets()).containsExactly("group:trusted-marta");
        assertThat(draft.levels().get(1).channels()).containsExactly("SMS", "VOICE", "EMAIL");
        assertThat(draft.levels().get(1).repeatEvery()).isNull();
        assertThat(draft.levels().get(0).escalateAfter()).isEqualTo("PT2M");
        assertThat(draft.startLevelByGrade()).containsEntry("CRITICAL", 2);
        assertThat(draft.levels()).extracting(PolicyDraft.Level::brief).as("the rules as they apply, also the defaults")
                .containsExactly("ON_CONTACT", "ON_ACK");
        assertThat(draft.resolveBy()).as("the rule as it applies, also the default").isEqualTo("QUORUM");
    }

    @Test
    void whoMayEndItsAlertsIsWrittenBack() {
        EscalationPolicy policy = GuatemalaDefault.policy();
        EscalationPolicy operatorsOnly = new EscalationPolicy(policy.id(), policy.name(), policy.levels(),
                policy.startLevelByGrade(), policy.version(), ResolveBy.OPERATOR);

        PolicyDraft draft = PolicyDraft.of(operatorsOnly);

        assertThat(draft.resolveBy()).isEqualTo("OPERATOR");
        assertThat(draft.toPolicy(policy.id(), policy.version())).isEqualTo(operatorsOnly);
    }

    @Test
    void theContractsExampleIsItsOwnDraft() {
        PolicyDraft written = GuatemalaDefault.draft();
        PolicyDraft rewritten = PolicyDraft.of(written.toPolicy("gt-default", 1));

        assertThat(rewritten.name()).isEqualTo(written.name());
        assertThat(rewritten.levels()).extracting(PolicyDraft.Level::targets)
                .containsExactly(List.of("group:trusted-marta"), List.of("group:unidad"));
        assertThat(rewritten.startLevelByGrade()).isEqualTo(written.startLevelByGrade());
    }
}
