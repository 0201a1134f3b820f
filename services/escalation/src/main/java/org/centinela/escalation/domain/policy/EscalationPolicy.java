package org.centinela.escalation.domain.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.centinela.contracts.signal.Grade;

/**
 * How a defender's network is woken up: levels tried in order, and the level each grade starts at.
 * An alert keeps the {@code version} it started with, so a policy changed mid-alert does not move it.
 *
 * @param levels            1 to {@value #MAX_LEVELS} levels, tried in order; a level that does not say when its
 *                          people receive the brief gets its position's rule ({@link PolicyLevel#defaultBrief})
 * @param startLevelByGrade for every grade, the 1-based level an alert of that grade starts at
 * @param version           at least 1; a new version is saved on every change
 * @param resolveBy         who may end its alerts; {@code null} is {@link ResolveBy#DEFAULT}
 */
public record EscalationPolicy(String id, String name, List<PolicyLevel> levels, Map<Grade, Integer> startLevelByGrade,
        long version, ResolveBy resolveBy) {

    public static final int MAX_LEVELS = 10;
    public static final int MAX_NAME_LENGTH = 200;

    private static final String ALL_GRADES = Arrays.stream(Grade.values()).map(Grade::name)
            .collect(Collectors.joining(", "));

    public EscalationPolicy {
        InvalidPolicyException.throwIfAny(violations(id, name, levels, startLevelByGrade, version));
        List<PolicyLevel> written = List.copyOf(levels);
        levels = IntStream.range(0, written.size()).mapToObj(i -> written.get(i).at(i + 1)).toList();
        startLevelByGrade = Collections.unmodifiableMap(new EnumMap<>(startLevelByGrade));
        resolveBy = resolveBy == null ? ResolveBy.DEFAULT : resolveBy;
    }

    /** A policy whose alerts are ended by the default rule ({@link ResolveBy#DEFAULT}). */
    public EscalationPolicy(String id, String name, List<PolicyLevel> levels, Map<Grade, Integer> startLevelByGrade,
            long version) {
        this(id, name, levels, startLevelByGrade, version, null);
    }

    /** The 1-based level an alert of {@code grade} starts at. */
    public int startLevel(Grade grade) {
        return startLevelByGrade.get(grade);
    }

    /** Level {@code number}, counted from 1. */
    public PolicyLevel level(int number) {
        if (number < 1 || number > levels.size()) {
            throw new IndexOutOfBoundsException("level must be 1.." + levels.size() + ", was " + number);
        }
        return levels.get(number - 1);
    }

    /** Whether {@code number} is the last level (past it, operators are paged and it repeats). */
    public boolean isLast(int number) {
        return number == levels.size();
    }

    /** The same policy as its next version. */
    public EscalationPolicy nextVersion() {
        return new EscalationPolicy(id, name, levels, startLevelByGrade, version + 1, resolveBy);
    }

    /**
     * Everything wrong with these values as a policy, levels aside (a {@link PolicyLevel} checks itself).
     * {@code levels} may hold levels or drafts of them: only their number and presence matter here.
     */
    static List<Violation> violations(String id, String name, List<?> levels, Map<Grade, Integer> startLevelByGrade,
            long version) {
        List<Violation> violations = new ArrayList<>();
        checkName("id", id, violations);
        checkName("name", name, violations);
        if (levels == null || levels.isEmpty()) {
            violations.add(Violation.of("levels", "must not be empty", "empty"));
        } else {
            if (levels.size() > MAX_LEVELS) {
                violations.add(Violation.of("levels", "must be at most " + MAX_LEVELS + ", was " + levels.size(),
                        "too-many", MAX_LEVELS, levels.size()));
            }
            for (int i = 0; i < levels.size(); i++) {
                if (levels.get(i) == null) {
                    violations.add(Violation.of("levels[" + i + "]", "must not be null", "null-element"));
                }
            }
        }
        checkStartLevels(startLevelByGrade, levels == null ? 0 : levels.size(), violations);
        if (version < 1) {
            violations.add(Violation.of("version", "must be at least 1, was " + version, "too-small", 1, version));
        }
        return violations;
    }

    static void checkName(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "must not be blank", "blank"));
        } else if (value.length() > MAX_NAME_LENGTH) {
            violations.add(Violation.of(field, "must be at most " + MAX_NAME_LENGTH + " characters, was " + value.length(),
                    "too-long", MAX_NAME_LENGTH, value.length()));
        }
    }

    /** {@code levelCount} 0 (no levels) leaves the range unchecked: "levels must not be empty" says it already. */
    static void checkStartLevels(Map<Grade, Integer> startLevelByGrade, int levelCount, List<Violation> violations) {
        if (startLevelByGrade == null
                || Arrays.stream(Grade.values()).anyMatch(grade -> !startLevelByGrade.containsKey(grade))) {
            violations.add(Violation.of("startLevelByGrade", "must give a level for every grade: " + ALL_GRADES,
                    "missing-grades", ALL_GRADES));
        }
        if (startLevelByGrade == null) {
            return;
        }
        for (Grade grade : startLevelByGrade.keySet()) {
            if (grade == null) {
                violations.add(Violation.of("startLevelByGrade", "must not have a null grade", "null-element"));
            }
        }
        if (levelCount == 0) {
            return;
        }
        for (Grade grade : Grade.values()) {
            if (!startLevelByGrade.containsKey(grade)) {
                continue;
            }
            Integer level = startLevelByGrade.get(grade);
            if (level == null || level < 1 || level > levelCount) {
                violations.add(Violation.of("startLevelByGrade." + grade,
                        "must be a level 1.." + levelCount + ", was " + level, "out-of-range", 1, levelCount, level));
            }
        }
    }
}
