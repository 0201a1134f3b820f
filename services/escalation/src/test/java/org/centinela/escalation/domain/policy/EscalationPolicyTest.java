package org.centinela.escalation.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.centinela.escalation.domain.policy.GuatemalaDefault.PROTECTION_UNIT;
import static org.centinela.escalation.domain.policy.GuatemalaDefault.START_LEVELS;
import static org.centinela.escalation.domain.policy.GuatemalaDefault.TRUSTED_CONTACTS;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.signal.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EscalationPolicyTest {

    private static final List<PolicyLevel> TWO_LEVELS = List.of(TRUSTED_CONTACTS, PROTECTION_UNIT);

    private static Map<Grade, Integer> startLevels(int low, int elevated, int high, int critical) {
        Map<Grade, Integer> starts = new EnumMap<>(Grade.class);
        starts.put(Grade.LOW, low);
        starts.put(Grade.ELEVATED, elevated);
        starts.put(Grade.HIGH, high);
        starts.put(Grade.CRITICAL, critical);
        return starts;
    }

    @Test
    void acceptsTheContractsGuatemalaExample() {
        EscalationPolicy policy = GuatemalaDefault.policy();

        assertThat(policy.name()).isEqualTo("Guatemala default");
        assertThat(policy.levels()).containsExactly(TRUSTED_CONTACTS, PROTECTION_UNIT);
        assertThat(policy.level(2).quorum()).isEqualTo(2);
        assertThat(policy.level(1).repeatEvery()).hasMinutes(1);
        assertThat(policy.level(2).repeats()).isFalse();
        assertThat(policy.isLast(2)).isTrue();
        assertThat(policy.isLast(1)).isFalse();
        assertThat(policy.version()).isEqualTo(1);
        assertThat(policy.nextVersion().version()).isEqualTo(2);
    }

    @ParameterizedTest(name = "{0} starts at level {1}")
    @CsvSource({"LOW, 1", "ELEVATED, 1", "HIGH, 1", "CRITICAL, 2"})
    void startLevel(Grade grade, int level) {
        assertThat(GuatemalaDefault.policy().startLevel(grade)).isEqualTo(level);
    }

    static Stream<Arguments> eachRule() {
        PolicyLevel[] eleven = new PolicyLevel[11];
        Arrays.fill(eleven, TRUSTED_CONTACTS);
        Map<Grade, Integer> missingHigh = new EnumMap<>(START_LEVELS);
        missingHigh.remove(Grade.HIGH);
        Map<Grade, Integer> nullLevel = new EnumMap<>(START_LEVELS);
        nullLevel.put(Grade.HIGH, null);
        return Stream.of(
                Arguments.of(" ", "Guatemala default", TWO_LEVELS, START_LEVELS, 1L,
                        "id", "id must not be blank",
                        "blank", List.of()),
                Arguments.of("gt", "", TWO_LEVELS, START_LEVELS, 1L,
                        "name", "name must not be blank",
                        "blank", List.of()),
                Arguments.of("gt", null, TWO_LEVELS, START_LEVELS, 1L,
                        "name", "name must not be blank",
                        "blank", List.of()),
                Arguments.of("gt", "x".repeat(201), TWO_LEVELS, START_LEVELS, 1L,
                        "name", "name must be at most 200 characters, was 201",
                        "too-long", List.of("200", "201")),
                Arguments.of("gt", "Guatemala default", List.of(), startLevels(1, 1, 1, 1), 1L,
                        "levels", "levels must not be empty",
                        "empty", List.of()),
                Arguments.of("gt", "Guatemala default", List.of(eleven), START_LEVELS, 1L,
                        "levels", "levels must be at most 10, was 11",
                        "too-many", List.of("10", "11")),
                Arguments.of("gt", "Guatemala default", Arrays.asList(TRUSTED_CONTACTS, null), START_LEVELS, 1L,
                        "levels[1]", "levels[1] must not be null",
                        "null-element", List.of()),
                Arguments.of("gt", "Guatemala default", TWO_LEVELS, startLevels(1, 1, 1, 3), 1L,
                        "startLevelByGrade.CRITICAL", "startLevelByGrade.CRITICAL must be a level 1..2, was 3",
                        "out-of-range", List.of("1", "2", "3")),
                Arguments.of("gt", "Guatemala default", TWO_LEVELS, startLevels(0, 1, 1, 2), 1L,
                        "startLevelByGrade.LOW", "startLevelByGrade.LOW must be a level 1..2, was 0",
                        "out-of-range", List.of("1", "2", "0")),
                Arguments.of("gt", "Guatemala default", TWO_LEVELS, nullLevel, 1L,
                        "startLevelByGrade.HIGH", "startLevelByGrade.HIGH must be a level 1..2, was null",
                        "out-of-range", List.of("1", "2", "null")),
                Arguments.of("gt", "Guatemala default", TWO_LEVELS, missingHigh, 1L, "startLevelByGrade",
                        "startLevelByGrade must give a level for every grade: LOW, ELEVATED, HIGH, CRITICAL",
                        "missing-grades", List.of("LOW, ELEVATED, HIGH, CRITICAL")),
                Arguments.of("gt", "Guatemala default", TWO_LEVELS, null, 1L, "startLevelByGrade",
                        "startLevelByGrade must give a level for every grade: LOW, ELEVATED, HIGH, CRITICAL",
                        "missing-grades", List.of("LOW, ELEVATED, HIGH, CRITICAL")),
                Arguments.of("gt", "Guatemala default", TWO_LEVELS, START_LEVELS, 0L,
                        "version", "version must be at least 1, was 0",
                        "too-small", List.of("1", "0")));
    }

    @ParameterizedTest(name = "{6}")
    @MethodSource("eachRule")
    void refusesEachRuleWithItsFieldMessageAndCode(String id, String name, List<PolicyLevel> levels,
            Map<Grade, Integer> startLevelByGrade, long version, String field, String message, String code, List<String> args) {
        InvalidPolicyException refused = catchThrowableOfType(InvalidPolicyException.class,
                () -> new EscalationPolicy(id, name, levels, startLevelByGrade, version));

        assertThat(refused.violations()).containsExactly(new Violation(field, message, code, args));
        assertThat(refused).hasMessage(message);
    }

    @Test
    void reportsEveryViolationAtOnce() {
        Map<Grade, Integer> starts = new HashMap<>(Map.of(Grade.LOW, 1, Grade.CRITICAL, 4));

        assertThatThrownBy(() -> new EscalationPolicy("gt", "  ", TWO_LEVELS, starts, 0))
                .isInstanceOfSatisfying(InvalidPolicyException.class, refused -> assertThat(refused.violations())
                        .extracting(Violation::field)
                        .containsExactly("name", "startLevelByGrade", "startLevelByGrade.CRITICAL", "version"))
                .hasMessage("name must not be blank; "
                        + "startLevelByGrade must give a level for every grade: LOW, ELEVATED, HIGH, CRITICAL; "
                        + "startLevelByGrade.CRITICAL must be a level 1..2, was 4; version must be at least 1, was 0");
    }

    @Test
    void acceptsTenLevelsAndNamesOfTwoHundredCharacters() {
        PolicyLevel[] ten = new PolicyLevel[10];
        Arrays.fill(ten, TRUSTED_CONTACTS);

        EscalationPolicy policy = new EscalationPolicy("gt", "x".repeat(200), List.of(ten), startLevels(1, 4, 7, 10), 3);

        assertThat(policy.levels()).hasSize(10);
        assertThat(policy.startLevel(Grade.CRITICAL)).isEqualTo(10);
    }

    @Test
    void keepsItsOwnCopies() {
        Map<Grade, Integer> starts = startLevels(1, 1, 1, 2);
        EscalationPolicy policy = new EscalationPolicy("gt", "Guatemala default", TWO_LEVELS, starts, 1);

        starts.put(Grade.CRITICAL, 1);

        assertThat(policy.startLevel(Grade.CRITICAL)).isEqualTo(2);
        assertThatThrownBy(() -> policy.startLevelByGrade().put(Grade.LOW, 2))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(policy).isEqualTo(new EscalationPolicy("gt", "Guatemala default", TWO_LEVELS, START_LEVELS, 1));
    }

    @Test
    void levelsAreCountedFromOne() {
        EscalationPolicy policy = GuatemalaDefault.policy();

        assertThat(policy.level(1)).isEqualTo(TRUSTED_CONTACTS);
        assertThatThrownBy(() -> policy.level(0)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> policy.level(3)).hasMessage("level must be 1..2, was 3");
    }

    @Test
    void aLevelThatDoesNotSayWhenItsPeopleReceiveTheBriefGetsOnContactFirstAndOnAckLater() {
        PolicyLevel unsaid = new PolicyLevel("Unit", PROTECTION_UNIT.targets(), PROTECTION_UNIT.channels(), 1,
                PROTECTION_UNIT.escalateAfter(), null);
        PolicyLevel never = new PolicyLevel("Quiet", PROTECTION_UNIT.targets(), PROTECTION_UNIT.channels(), 1,
                PROTECTION_UNIT.escalateAfter(), null, BriefDisclosure.NEVER);
        PolicyLevel onAck = new PolicyLevel("Wide", PROTECTION_UNIT.targets(), PROTECTION_UNIT.channels(), 1,
                PROTECTION_UNIT.escalateAfter(), null, BriefDisclosure.ON_ACK);

        EscalationPolicy policy = new EscalationPolicy("p", "P", List.of(unsaid, unsaid, never, unsaid),
                startLevels(1, 1, 1, 1), 1);
        EscalationPolicy saying = new EscalationPolicy("p", "P", List.of(onAck, never), startLevels(1, 1, 1, 1), 1);

        assertThat(policy.levels()).extracting(PolicyLevel::brief).containsExactly(BriefDisclosure.ON_CONTACT,
                BriefDisclosure.ON_ACK, BriefDisclosure.NEVER, BriefDisclosure.ON_ACK);
        assertThat(saying.levels()).extracting(PolicyLevel::brief)
                .containsExactly(BriefDisclosure.ON_ACK, BriefDisclosure.NEVER);
        assertThat(new EscalationPolicy("gt-default", "Guatemala default", List.of(
                new PolicyLevel("Trusted contacts", TRUSTED_CONTACTS.targets(), TRUSTED_CONTACTS.channels(), 1,
                        TRUSTED_CONTACTS.escalateAfter(), TRUSTED_CONTACTS.repeatEvery()),
                new PolicyLevel("Protection unit", PROTECTION_UNIT.targets(), PROTECTION_UNIT.channels(), 2,
                        PROTECTION_UNIT.escalateAfter(), null)), START_LEVELS, 1))
                .as("the defaults said or not, the same rules").isEqualTo(GuatemalaDefault.policy());
    }
}
