package org.centinela.escalation.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.centinela.contracts.notification.Channel.EMAIL;
import static org.centinela.contracts.notification.Channel.SMS;
import static org.centinela.contracts.notification.Channel.VOICE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.notification.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyLevelTest {

    private static final List<Target> UNIDAD = List.of(Target.parse("group:unidad"));
    private static final Set<Channel> SMS_ONLY = Set.of(SMS);
    private static final Duration TWO_MINUTES = Duration.ofMinutes(2);

    private static PolicyLevel level(String name, List<Target> targets, Set<Channel> channels, int quorum,
            Duration escalateAfter, Duration repeatEvery) {
        return new PolicyLevel(name, targets, channels, quorum, escalateAfter, repeatEvery);
    }

    static Stream<Arguments> eachRule() {
        Set<Channel> withNull = new HashSet<>(Arrays.asList(SMS, null));
        List<Target> nullTarget = new ArrayList<>(Arrays.asList(Target.parse("group:unidad"), null));
        return Stream.of(
                Arguments.of((Runnable) () -> level(null, UNIDAD, SMS_ONLY, 1, TWO_MINUTES, null),
                        "name", "name must not be blank",
                        "blank", List.of()),
                Arguments.of((Runnable) () -> level("  ", UNIDAD, SMS_ONLY, 1, TWO_MINUTES, null),
                        "name", "name must not be blank",
                        "blank", List.of()),
                Arguments.of((Runnable) () -> level("n".repeat(201), UNIDAD, SMS_ONLY, 1, TWO_MINUTES, null),
                        "name", "name must be at most 200 characters, was 201",
                        "too-long", List.of("200", "201")),
                Arguments.of((Runnable) () -> level("Unit", List.of(), SMS_ONLY, 1, TWO_MINUTES, null),
                        "targets", "targets must not be empty",
                        "empty", List.of()),
                Arguments.of((Runnable) () -> level("Unit", null, SMS_ONLY, 1, TWO_MINUTES, null),
                        "targets", "targets must not be empty",
                        "empty", List.of()),
                Arguments.of((Runnable) () -> level("Unit", nullTarget, SMS_ONLY, 1, TWO_MINUTES, null),
                        "targets[1]", "targets[1] must not be null",
                        "null-element", List.of()),
                Arguments.of((Runnable) () -> level("Unit",
                                List.of(Target.parse("group:unidad"), Target.parse("responder:r1"),
                                        Target.parse("group:unidad")), SMS_ONLY, 1, TWO_MINUTES, null),
                        "targets[2]", "targets[2] repeats 'group:unidad'",
                        "repeated", List.of("group:unidad")),
                Arguments.of((Runnable) () -> level("Unit", UNIDAD, Set.of(), 1, TWO_MINUTES, null),
                        "channels", "channels must not be empty",
                        "empty", List.of()),
                Arguments.of((Runnable) () -> level("Unit", UNIDAD, null, 1, TWO_MINUTES, null),
                        "channels", "channels must not be empty",
                        "empty", List.of()),
                Arguments.of((Runnable) () -> level("Unit", UNIDAD, withNull, 1, TWO_MINUTES, null),
                        "channels", "channels must not contain null",
                        "null-element", List.of()),
                Arguments.of((Runnable) () -> level("Unit", UNIDAD, SMS_ONLY, 0, TWO_MINUTES, null),
                        "quorum", "quorum must be at least 1, was 0",
                        "too-small", List.of("1", "0")),
                Arguments.of((Runnable) () -> level("Unit", UNIDAD, SMS_ONLY, -3, TWO_MINUTES, null),
                        "quorum", "quorum must be at least 1, was -3",
                        "too-small", List.of("1", "-3")),
                Arguments.of((Runnable) () -> level("Unit", UNIDAD, SMS_ONLY, 1, null, null),
                        "escalateAfter", "escalateAfter is required",
                        "required", List.of()),
                Arguments.of((Runnable) () -> level("Unit", UNIDAD, SMS_ONLY, 1, Duration.ZERO, null),
                        "escalateAfter", "escalateAfter must be positive, was PT0S",
                        "not-positive", List.of("PT0S")),
                Arguments.of((Runnable) () -> level("Unit", UNIDAD, SMS_ONLY, 1, Duration.ofSeconds(-5), null),
                        "escalateAfter", "escalateAfter must be positive, was PT-5S",
                        "not-positive", List.of("PT-5S")),
                Arguments.of((Runnable) () -> level("Unit", UNIDAD, SMS_ONLY, 1, TWO_MINUTES, Duration.ZERO),
                        "repeatEvery", "repeatEvery must be positive, was PT0S",
                        "not-positive", List.of("PT0S")),
                Arguments.of((Runnable) () -> level("Unit", UNIDAD, SMS_ONLY, 1, TWO_MINUTES, Duration.ofMinutes(-1)),
                        "repeatEvery", "repeatEvery must be positive, was PT-1M",
                        "not-positive", List.of("PT-1M")));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("eachRule")
    void refusesEachRuleWithItsFieldMessageAndCode(Runnable construction, String field, String message, String code,
            List<String> args) {
        InvalidPolicyException refused = catchThrowableOfType(InvalidPolicyException.class, construction::run);

        assertThat(refused.violations()).containsExactly(new Violation(field, message, code, args));
        assertThat(refused).hasMessage(message);
    }

    @Test
    void reportsEveryViolationAtOnce() {
        assertThatThrownBy(() -> level("", List.of(), Set.of(), 0, Duration.ZERO, Duration.ofSeconds(-1)))
                .isInstanceOfSatisfying(InvalidPolicyException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::field)
                        .containsExactly("name", "targets", "channels", "quorum", "escalateAfter", "repeatEvery"))
                .hasMessage("name must not be blank; targets must not be empty; channels must not be empty; "
                        + "quorum must be at least 1, was 0; escalateAfter must be positive, was PT0S; "
                        + "repeatEvery must be positive, was PT-1S");
    }

    @Test
    void acceptsSecondsForDrillsAndNoRepeat() {
        PolicyLevel drill = level("Drill", UNIDAD, Set.of(VOICE, SMS), 1, Duration.ofSeconds(5), Duration.ofSeconds(2));
        PolicyLevel quiet = level("Quiet", UNIDAD, SMS_ONLY, 1, Duration.parse("PT5S"), null);

        assertThat(drill.escalateAfter()).hasSeconds(5);
        assertThat(drill.repeats()).isTrue();
        assertThat(quiet.repeats()).isFalse();
        assertThat(drill.channels()).containsExactly(SMS, VOICE);
    }

    @Test
    void keepsItsOwnCopies() {
        List<Target> targets = new ArrayList<>(UNIDAD);
        Set<Channel> channels = new HashSet<>(Set.of(SMS, EMAIL));
        PolicyLevel level = level("Unit", targets, channels, 1, TWO_MINUTES, null);

        targets.add(Target.parse("responder:r9"));
        channels.remove(EMAIL);

        assertThat(level.targets()).containsExactly(Target.parse("group:unidad"));
        assertThat(level.channels()).containsExactly(SMS, EMAIL);
        assertThatThrownBy(() -> level.channels().add(VOICE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aLevelMayLeaveItsBriefRuleToItsPosition() {
        PolicyLevel unsaid = level("Unit", UNIDAD, SMS_ONLY, 1, TWO_MINUTES, null);
        PolicyLevel never = new PolicyLevel("Unit", UNIDAD, SMS_ONLY, 1, TWO_MINUTES, null, BriefDisclosure.NEVER);

        assertThat(unsaid.brief()).isNull();
        assertThat(never.brief()).isEqualTo(BriefDisclosure.NEVER);
        assertThat(PolicyLevel.defaultBrief(1)).isEqualTo(BriefDisclosure.ON_CONTACT);
        assertThat(PolicyLevel.defaultBrief(2)).isEqualTo(BriefDisclosure.ON_ACK);
        assertThat(PolicyLevel.defaultBrief(10)).isEqualTo(BriefDisclosure.ON_ACK);
    }

    static Stream<Arguments> people() {
        return Stream.of(
                Arguments.of(List.of("group:unidad"), List.of("ana", "beatriz", "carla")),
                Arguments.of(List.of("group:unidad", "group:aliadas"), List.of("ana", "beatriz", "carla", "diana")),
                Arguments.of(List.of("responder:carla", "group:unidad", "responder:eva"),
                        List.of("carla", "ana", "beatriz", "eva")),
                Arguments.of(List.of("group:vacio", "responder:ana"), List.of("ana")),
                Arguments.of(List.of("group:desconocido"), List.of()));
    }

    @ParameterizedTest(name = "{0} reaches {1}")
    @MethodSource
    void people(List<String> targets, List<String> expected) {
        Map<String, Set<String>> groups = Map.of(
                "unidad", Set.of("ana", "beatriz", "carla"),
                "aliadas", Set.of("carla", "diana", "ana"),
                "vacio", Set.of());
        Function<String, Optional<Set<String>>> groupMembers = id -> Optional.ofNullable(groups.get(id));
        PolicyLevel level = level("Unit", targets.stream().map(Target::parse).toList(), SMS_ONLY, 1, TWO_MINUTES, null);

        assertThat(level.people(groupMembers)).containsExactlyInAnyOrderElementsOf(expected);
    }
}
