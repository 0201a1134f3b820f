package org.centinela.escalation.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.contracts.notification.Channel.SMS;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.centinela.contracts.signal.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyCheckTest {

    private static final Map<String, Set<String>> GROUPS = Map.of(
            "trusted-marta", Set.of("ana"),
            "unidad", Set.of("beatriz", "carla"),
            "aliadas", Set.of("carla", "diana"),
            "vacio", Set.of());
    private static final Set<String> RESPONDERS = Set.of("ana", "beatriz", "carla", "diana", "eva");

    private static final Function<String, Optional<Set<String>>> GROUP_MEMBERS = id -> Optional.ofNullable(GROUPS.get(id));
    private static final Predicate<String> RESPONDER_EXISTS = RESPONDERS::contains;

    private static EscalationPolicy policy(int quorum, String... secondLevelTargets) {
        PolicyLevel second = new PolicyLevel("Protection unit", Stream.of(secondLevelTargets).map(Target::parse).toList(),
                Set.of(SMS), quorum, Duration.ofMinutes(5), null);
        return new EscalationPolicy("gt", "Guatemala default", List.of(GuatemalaDefault.TRUSTED_CONTACTS, second),
                Map.of(Grade.LOW, 1, Grade.ELEVATED, 1, Grade.HIGH, 1, Grade.CRITICAL, 2), 1);
    }

    @Test
    void theGuatemalaExampleIsSoundOnItsNetwork() {
        assertThat(PolicyCheck.againstNetwork(GuatemalaDefault.policy(), GROUP_MEMBERS, RESPONDER_EXISTS)).isEmpty();
    }

    static Stream<Arguments> networkRules() {
        return Stream.of(
                Arguments.of(policy(1, "group:unidad", "group:desconocido"), List.of(
                        new Violation("levels[1].targets[1]", "levels[1].targets[1] names an unknown group 'desconocido'",
                                "unknown-group", List.of("desconocido")))),
                Arguments.of(policy(1, "responder:zoe"), List.of(
                        new Violation("levels[1].targets[0]", "levels[1].targets[0] names an unknown responder 'zoe'",
                                "unknown-responder", List.of("zoe")),
                        new Violation("levels[1].quorum", "levels[1].quorum 1 is more than the 0 people level 2 reaches",
                                "quorum-unreachable", List.of("1", "0", "2")))),
                Arguments.of(policy(3, "group:unidad"), List.of(
                        new Violation("levels[1].quorum", "levels[1].quorum 3 is more than the 2 people level 2 reaches",
                                "quorum-unreachable", List.of("3", "2", "2")))),
                Arguments.of(policy(2, "group:vacio", "responder:eva"), List.of(
                        new Violation("levels[1].quorum", "levels[1].quorum 2 is more than the 1 person level 2 reaches",
                                "quorum-unreachable", List.of("2", "1", "2")))),
                // carla is in both groups and named directly: she is one person, not three.
                Arguments.of(policy(4, "group:unidad", "group:aliadas", "responder:carla"), List.of(
                        new Violation("levels[1].quorum", "levels[1].quorum 4 is more than the 3 people level 2 reaches",
                                "quorum-unreachable", List.of("4", "3", "2")))),
                Arguments.of(policy(3, "group:unidad", "group:aliadas", "responder:carla"), List.of()),
                Arguments.of(policy(2, "group:unidad", "responder:eva", "group:x", "responder:y"), List.of(
                        new Violation("levels[1].targets[2]", "levels[1].targets[2] names an unknown group 'x'",
                                "unknown-group", List.of("x")),
                        new Violation("levels[1].targets[3]", "levels[1].targets[3] names an unknown responder 'y'",
                                "unknown-responder", List.of("y")))));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("networkRules")
    void refusesWhatTheNetworkCannotDo(EscalationPolicy policy, List<Violation> expected) {
        assertThat(PolicyCheck.againstNetwork(policy, GROUP_MEMBERS, RESPONDER_EXISTS)).containsExactlyElementsOf(expected);
    }

    @Test
    void reportsEveryLevelAtOnceAndCountsOnlyKnownResponders() {
        Map<String, Set<String>> groups = Map.of("unidad", Set.of("beatriz", "borrada"));
        Function<String, Optional<Set<String>>> groupMembers = id -> Optional.ofNullable(groups.get(id));

        List<Violation> violations = PolicyCheck.againstNetwork(GuatemalaDefault.policy(), groupMembers, RESPONDER_EXISTS);

        assertThat(violations).extracting(Violation::message).containsExactly(
                "levels[0].targets[0] names an unknown group 'trusted-marta'",
                "levels[0].quorum 1 is more than the 0 people level 1 reaches",
                "levels[1].quorum 2 is more than the 1 person level 2 reaches");
    }
}
