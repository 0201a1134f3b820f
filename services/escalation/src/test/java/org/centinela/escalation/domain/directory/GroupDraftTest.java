package org.centinela.escalation.domain.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import org.centinela.escalation.domain.policy.Violation;
import org.junit.jupiter.api.Test;

class GroupDraftTest {

    @Test
    void aGroupKeepsItsMembersInOrder() {
        assertThat(new GroupDraft("Unidad", List.of("r-2", "r-1")).toGroup("unidad").members())
                .containsExactly("r-2", "r-1");
        assertThat(new GroupDraft("Vacío", List.of()).toGroup("empty").members()).isEmpty();
    }

    @Test
    void everyViolationAtOnce() {
        assertThatThrownBy(() -> new GroupDraft(" ", Arrays.asList("r-1", null, "r-1")).toGroup("not an id"))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                                .containsExactly(
                                        tuple("groupId", "not-an-id", List.of()),
                                        tuple("name", "blank", List.of()),
                                        tuple("members[1]", "blank", List.of()),
                                        tuple("members[2]", "repeated", List.of())));
        assertThatThrownBy(() -> new GroupDraft("G", null).toGroup("g"))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field, Violation::code, Violation::args)
                                .containsExactly(tuple("members", "required", List.of())));
    }
}
