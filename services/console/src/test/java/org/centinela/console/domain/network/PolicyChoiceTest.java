package org.centinela.console.domain.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyChoiceTest {

    private static final List<PolicyChoice> LISTED = List.of(new PolicyChoice("gt-default", "Guatemala default"),
            new PolicyChoice("mx-default", null));

    @Test
    void herPolicyStaysAChoiceWhenEscalationDoesNotListIt() {
        assertThat(PolicyChoice.withChosen(LISTED, "old-policy")).extracting(PolicyChoice::id)
                .containsExactly("gt-default", "mx-default", "old-policy");
    }

    @Test
    void aListedOrMissingPolicyAddsNothing() {
        assertThat(PolicyChoice.withChosen(LISTED, "gt-default")).isEqualTo(LISTED);
        assertThat(PolicyChoice.withChosen(LISTED, "")).isEqualTo(LISTED);
    }

    @Test
    void aPolicyWithoutANameIsShownByItsId() {
        assertThat(LISTED.get(1).name()).isEqualTo("mx-default");
    }
}
