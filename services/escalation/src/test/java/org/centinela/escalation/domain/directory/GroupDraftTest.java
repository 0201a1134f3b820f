package org.centinela.escalation.domain.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
                        assertThat(refused.violations()).extracting(Violation::field)
                                .containsExactly("groupId", "name", "members[1]", "members[2]"));
        assertThatThrownBy(() -> new GroupDraft("G", null).toGroup("g"))
                .isInstanceOfSatisfying(InvalidEntryException.class, refused ->
                        assertThat(refused.violations()).extracting(Violation::field).containsExactly("members"));
    }
}
