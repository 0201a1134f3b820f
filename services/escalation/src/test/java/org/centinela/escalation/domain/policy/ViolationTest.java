package org.centinela.escalation.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTest {

    @Test
    void namesItsRuleAsACodeWithItsArgumentsAsText() {
        Violation violation = Violation.of("escalateAfter", "must be positive, was PT0S", "not-positive", Duration.ZERO);

        assertThat(violation.message()).isEqualTo("escalateAfter must be positive, was PT0S");
        assertThat(violation.code()).isEqualTo("not-positive");
        assertThat(violation.args()).containsExactly("PT0S");
    }

    @Test
    void keepsItsCodeAndArgumentsAtAnotherFieldAndWithinAnEnclosingValue() {
        Violation quorum = Violation.of("quorum", "must be at least 1, was 0", "too-small", 1, 0);

        assertThat(quorum.within("levels[1]."))
                .isEqualTo(new Violation("levels[1].quorum", "levels[1].quorum must be at least 1, was 0", "too-small",
                        List.of("1", "0")));
        assertThat(quorum.at("targets[0]").code()).isEqualTo("too-small");
    }

    @Test
    void aCodeIsLowercaseWordsJoinedByHyphens() {
        assertThatThrownBy(() -> Violation.of("quorum", "is required", "Required"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Violation.of("quorum", "is required", "too small"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
