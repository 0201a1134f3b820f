package org.centinela.console.adapter.out.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.console.domain.Alert;
import org.centinela.console.domain.AuditPage;
import org.centinela.console.domain.Policy;
import org.junit.jupiter.api.Test;

class EscalationNamesTest {

    /** escalation's directory as an operator reads it: one group, two responders; anything else is 404. */
    private static final class Directory implements EscalationApi {

        final List<String> asked = new ArrayList<>();
        final int refusal;

        Directory(int refusal) {
            this.refusal = refusal;
        }

        @Override
        public Group group(String groupId) {
            asked.add("group:" + groupId);
            refuseIfSo();
            if (groupId.equals("trusted-marta")) {
                return new Group(groupId, "Marta's trusted contacts", List.of("r-ana", "r-luis"));
            }
            if (groupId.equals("empty")) {
                return new Group(groupId, "Nobody yet", List.of());
            }
            throw new WebApplicationException(404);
        }

        @Override
        public Responder responder(String id) {
            asked.add("responder:" + id);
            refuseIfSo();
            return switch (id) {
                case "r-ana" -> new Responder(id, "Ana");
                case "r-luis" -> new Responder(id, "Luis");
                default -> throw new WebApplicationException(404);
            };
        }

        private void refuseIfSo() {
            if (refusal != 0) {
                throw new WebApplicationException(refusal);
            }
        }

        @Override
        public List<Alert> alerts(String state, int page, int size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Alert alert(UUID id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Map<String, Object> respond(UUID id, Map<String, String> body) {
            throw new UnsupportedOperationException();
        }

        @Override
        public AuditPage auditLog(Long before, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Policy> policies() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Policy policy(String policyId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Policy savePolicy(String policyId, Map<String, Object> body) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void aGroupIsItsMembersByNameAndEachResponderIsAskedForOnce() {
        Directory directory = new Directory(0);

        Map<String, List<String>> people = new EscalationNames(directory).peopleOf(
                List.of("group:trusted-marta", "responder:r-ana", "group:empty"));

        assertThat(people).containsExactly(Map.entry("group:trusted-marta", List.of("Ana", "Luis")),
                Map.entry("responder:r-ana", List.of("Ana")), Map.entry("group:empty", List.of("Nobody yet")));
        assertThat(directory.asked).containsExactly("group:trusted-marta", "responder:r-ana", "responder:r-luis",
                "group:empty");
    }

    @Test
    void whatCannotBeReadKeepsItsId() {
        assertThat(new EscalationNames(new Directory(0)).peopleOf(List.of("group:gone", "responder:r-gone")))
                .containsExactly(Map.entry("group:gone", List.of("gone")), Map.entry("responder:r-gone", List.of("r-gone")));
        // An auditor may not read the directory: escalation answers 403 and the schedule names ids.
        assertThat(new EscalationNames(new Directory(403)).peopleOf(List.of("group:trusted-marta", "responder:r-ana")))
                .containsExactly(Map.entry("group:trusted-marta", List.of("trusted-marta")),
                        Map.entry("responder:r-ana", List.of("r-ana")));
    }
}
