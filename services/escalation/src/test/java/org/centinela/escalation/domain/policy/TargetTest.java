package org.centinela.escalation.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "group:trusted-marta,   GROUP,     trusted-marta",
        "group:unidad,          GROUP,     unidad",
        "responder:r-7f3a,      RESPONDER, r-7f3a",
        "responder:a:b,         RESPONDER, a:b"
    })
    void parsesAndPrintsBack(String text, String kind, String id) {
        Target target = Target.parse(text);

        assertThat(target).isInstanceOf(kind.equals("GROUP") ? Target.Group.class : Target.Responder.class);
        assertThat(target.id()).isEqualTo(id);
        assertThat(target).hasToString(text);
        assertThat(Target.parse(target.toString())).isEqualTo(target);
    }

    @ParameterizedTest(name = "''{0}''")
    @NullAndEmptySource
    @ValueSource(strings = {"x", "unidad", "group:", "responder:", "group: unidad", "group:uni dad", "GROUP:unidad",
        "team:unidad", " group:unidad", "responder"})
    void refusesAnythingElse(String text) {
        InvalidPolicyException refused = catchThrowableOfType(InvalidPolicyException.class, () -> Target.parse(text));

        String was = text == null ? "null" : "'" + text + "'";
        assertThat(refused.violations()).containsExactly(
                new Violation("target", "target must be group:<id> or responder:<id>, was " + was, "not-a-target",
                        List.of(String.valueOf(text))));
    }

    @ParameterizedTest
    @CsvSource({"targets[0], x", "levels[1].targets[2], group:"})
    void namesTheFieldItWasGiven(String field, String text) {
        InvalidPolicyException refused =
                catchThrowableOfType(InvalidPolicyException.class, () -> Target.parse(text, field));

        assertThat(refused).hasMessage(field + " must be group:<id> or responder:<id>, was '" + text + "'");
        assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                .containsExactly(tuple(field, "not-a-target", List.of(text)));
    }
}
