package org.centinela.console.domain.network;

import org.centinela.console.domain.FieldProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EntryErrorsTest {

    private static final Set<String> RESPONDER = Set.of("name", "phone", "email", "language", "channels", "username");

    @Test
    void eachViolationIsShownNextToItsFieldWithoutTheFieldsName() {
        EntryErrors errors = EntryErrors.of(List.of(
                new FieldProblem("phone", "phone must be a valid phone number, in E.164 (+502…) or of region GT"),
                new FieldProblem("language", "language must be an ISO 639 code in lowercase, such as es, en, quc or mam")),
                RESPONDER);

        assertThat(errors.of("phone")).isEqualTo("must be a valid phone number, in E.164 (+502…) or of region GT");
        assertThat(errors.of("language")).startsWith("must be an ISO 639 code");
        assertThat(errors.has("name")).isFalse();
        assertThat(errors.of("name")).isEmpty();
        assertThat(errors.general()).isEmpty();
    }

    @Test
    void anItemOfAListBelongsToTheListsInputs() {
        EntryErrors errors = EntryErrors.of(List.of(
                new FieldProblem("channels[1]", "channels[1] must be one of SMS, VOICE, EMAIL"),
                new FieldProblem("members[0]", "members[0] names no responder")),
                Set.of("channels", "members"));

        assertThat(errors.of("channels")).isEqualTo("must be one of SMS, VOICE, EMAIL");
        assertThat(errors.of("members")).isEqualTo("names no responder");
    }

    @Test
    void severalRulesBrokenByOneFieldAreShownTogetherOnce() {
        EntryErrors errors = EntryErrors.of(List.of(
                new FieldProblem("channels[0]", "channels[0] repeats a channel"),
                new FieldProblem("channels[2]", "channels[2] repeats a channel"),
                new FieldProblem("channels", "channels has EMAIL but there is no email")),
                RESPONDER);

        assertThat(errors.of("channels")).isEqualTo("repeats a channel; has EMAIL but there is no email");
    }

    @Test
    void whatNamesNoInputOfTheFormGoesToTheTop() {
        EntryErrors errors = EntryErrors.of(List.of(
                new FieldProblem("body", "body must not be empty"),
                new FieldProblem("levels[0].quorum", "levels[0].quorum must be at least 1, was 0")),
                RESPONDER);

        assertThat(errors.byField()).isEmpty();
        assertThat(errors.general()).containsExactly("body must not be empty", "levels[0].quorum must be at least 1, was 0");
        assertThat(errors.any()).isTrue();
        assertThat(errors.withGeneral("Not saved").general()).first().isEqualTo("Not saved");
    }

    @Test
    void noViolationsNoErrors() {
        assertThat(EntryErrors.of(List.of(), RESPONDER).any()).isFalse();
        assertThat(EntryErrors.NONE.any()).isFalse();
    }

    @Test
    void aViolationIsOfItsTopField() {
        assertThat(new FieldProblem("levels[1].quorum", "levels[1].quorum must be at least 1").topField()).isEqualTo("levels");
        assertThat(new FieldProblem("startLevelByGrade.LOW", "x").topField()).isEqualTo("startLevelByGrade");
        assertThat(new FieldProblem("phone", "phone is required").rule()).isEqualTo("is required");
        assertThat(new FieldProblem("phone", "the phone is taken").rule()).isEqualTo("the phone is taken");
    }
}
