package org.centinela.console.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.centinela.console.domain.network.Defender;
import org.centinela.console.domain.network.DefenderEntry;
import org.centinela.console.domain.network.DirectoryPage;
import org.centinela.console.domain.network.EntryRefused;
import org.centinela.console.domain.network.Responder;
import org.centinela.console.domain.network.ResponderGroup;
import org.centinela.console.domain.FieldProblem;
import org.junit.jupiter.api.Test;

class AddGroupTest {

    private final Groups directory = new Groups(List.of("unidad"));
    private final AddGroup addGroup = new AddGroup(directory);

    @Test
    void aNewIdMakesANewGroup() {
        ResponderGroup trusted = new ResponderGroup("trusted-marta", "Marta's trusted contacts", List.of("r-1"));

        addGroup.add(trusted);

        assertThat(directory.saved).containsExactly(trusted);
    }

    @Test
    void theIdOfAnotherGroupIsAConflictNotAReplacement() {
        assertThatThrownBy(() -> addGroup.add(new ResponderGroup("unidad", "Another unit", List.of())))
                .isInstanceOfSatisfying(EntryRefused.class, refused -> {
                    assertThat(refused.conflict()).isTrue();
                    assertThat(refused.violations()).extracting(FieldProblem::field).containsExactly("groupId");
                });
        assertThat(directory.saved).isEmpty();
    }

    @Test
    void aGroupNeedsAnId() {
        assertThatThrownBy(() -> addGroup.add(new ResponderGroup("", "No id", List.of())))
                .isInstanceOfSatisfying(EntryRefused.class, refused -> {
                    assertThat(refused.conflict()).isFalse();
                    assertThat(refused.violations()).containsExactly(new FieldProblem("groupId", "groupId is required"));
                });
        assertThat(directory.saved).isEmpty();
    }

    /** Only the groups of a directory. */
    private static final class Groups implements NetworkDirectory {

        private final List<String> existing;
        private final List<ResponderGroup> saved = new ArrayList<>();

        Groups(List<String> existing) {
            this.existing = existing;
        }

        @Override
        public boolean groupExists(String id) {
            return existing.contains(id);
        }

        @Override
        public void saveGroup(ResponderGroup group) {
            saved.add(group);
        }

        @Override
        public DirectoryPage<Responder> responders(String search, int offset) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Responder> everyResponder() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Responder responder(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String addResponder(Responder responder) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void changeResponder(String id, Responder responder) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DirectoryPage<Defender> defenders(String search, int offset) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Defender defender(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String addDefender(DefenderEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void changeDefender(String id, DefenderEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DirectoryPage<ResponderGroup> groups(String search, int offset) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ResponderGroup group(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeResponder(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeDefender(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeGroup(String id) {
            throw new UnsupportedOperationException();
        }
    }
}
