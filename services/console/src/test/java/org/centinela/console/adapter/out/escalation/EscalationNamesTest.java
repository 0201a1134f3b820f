package org.centinela.console.adapter.out.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.centinela.console.domain.network.Responder;
import org.centinela.console.domain.network.ResponderGroup;
import org.junit.jupiter.api.Test;

class EscalationNamesTest {

    /** escalation's directory as an operator reads it: two groups, two responders; anything else is 404. */
    private static final class Directory {

        final List<String> asked = new ArrayList<>();
        final int refusal;

        Directory(int refusal) {
            this.refusal = refusal;
        }

        ResponderGroup group(String id) {
            asked.add("group:" + id);
            refuseIfSo();
            return switch (id) {
                case "trusted-marta" -> new ResponderGroup(id, "Marta's trusted contacts", List.of("r-ana", "r-luis"));
                case "empty" -> new ResponderGroup(id, "Nobody yet", List.of());
                default -> throw new WebApplicationException(404);
            };
        }

        Responder responder(String id) {
            asked.add("responder:" + id);
            refuseIfSo();
            return switch (id) {
                case "r-ana" -> new Responder(id, "Ana", "+50255510001", "", "es", List.of("SMS"), "ana");
                case "r-luis" -> new Responder(id, "Luis", "+50255510002", "", "es", List.of("SMS"), "");
                default -> throw new WebApplicationException(404);
            };
        }

        EscalationNames names() {
            return new EscalationNames(this::group, this::responder);
        }

        private void refuseIfSo() {
            if (refusal != 0) {
                throw new WebApplicationException(refusal);
            }
        }
    }

    @Test
    void aGroupIsItsMembersByNameAndEachResponderIsAskedForOnce() {
        Directory directory = new Directory(0);

        Map<String, List<String>> people = directory.names().peopleOf(
                List.of("group:trusted-marta", "responder:r-ana", "group:empty"));

        assertThat(people).containsExactly(Map.entry("group:trusted-marta", List.of("Ana", "Luis")),
                Map.entry("responder:r-ana", List.of("Ana")), Map.entry("group:empty", List.of("Nobody yet")));
        assertThat(directory.asked).containsExactly("group:trusted-marta", "responder:r-ana", "responder:r-luis",
                "group:empty");
    }

    @Test
    void whatCannotBeReadKeepsItsId() {
        assertThat(new Directory(0).names().peopleOf(List.of("group:gone", "responder:r-gone")))
                .containsExactly(Map.entry("group:gone", List.of("gone")), Map.entry("responder:r-gone", List.of("r-gone")));
        // An auditor may not read the directory: escalation answers 403 and the schedule names ids.
        assertThat(new Directory(403).names().peopleOf(List.of("group:trusted-marta", "responder:r-ana")))
                .containsExactly(Map.entry("group:trusted-marta", List.of("trusted-marta")),
                        Map.entry("responder:r-ana", List.of("r-ana")));
    }
}
