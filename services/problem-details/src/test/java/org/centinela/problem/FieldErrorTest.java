package org.centinela.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldErrorTest {

    @Test
    void aRuleTravelsAsACodeWithItsArgumentsKeptAsGiven() {
        List<String> args = new ArrayList<>(List.of("3", "2"));
        Problem.FieldError error = new Problem.FieldError("levels[1].quorum",
                "levels[1].quorum 3 is more than the 2 people the level reaches", "quorum-unreachable", args);
        args.clear();

        assertThat(error.code()).isEqualTo("quorum-unreachable");
        assertThat(error.args()).containsExactly("3", "2");
        assertThatThrownBy(() -> error.args().add("4")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anErrorWithoutARuleCodeHasNoArguments() {
        Problem.FieldError error = new Problem.FieldError("name", "name must not be blank");

        assertThat(error.code()).isNull();
        assertThat(error.args()).isEmpty();
    }
}
