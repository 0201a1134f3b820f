package org.centinela.console.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.centinela.contracts.alert.BriefDisclosure;

/**
 * An escalation policy as the console reads and writes it (contract §3, {@code PUT /api/v1/policies/{policyId}}):
 * escalation remains the judge of whether it is sound; the console only needs it whole enough to show and send.
 *
 * @param version           escalation's version, 0 for a policy not saved yet
 * @param startLevelByGrade grade name ({@code LOW} … {@code CRITICAL}) → level number, from 1
 * @param resolveBy         who may end its alerts: one of {@link #RESOLVE_RULES}; none is escalation's default,
 *                          {@link #RESOLVE_BY_DEFAULT} (also of a policy saved before policies said it)
 */
public record Policy(String id, long version, String name, List<Level> levels, Map<String, Integer> startLevelByGrade,
        String resolveBy) {

    /** The grades in the order a page lists them. */
    public static final List<String> GRADES = List.of("LOW", "ELEVATED", "HIGH", "CRITICAL");

    /**
     * Who may end an alert, in the order the editor offers them: any responder contacted alone, as many of one
     * level's people as its quorum, or only an operator (an operator may always, and after a duress signal only she).
     */
    public static final List<String> RESOLVE_RULES = List.of("ANY_RESPONDER", "QUORUM", "OPERATOR");

    /** Escalation's rule for a policy that says none. */
    public static final String RESOLVE_BY_DEFAULT = "QUORUM";

    public Policy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (version < 0) {
            throw new IllegalArgumentException("version must not be negative, was " + version);
        }
        levels = levels == null ? List.of() : withBriefRules(levels);
        Map<String, Integer> starts = new LinkedHashMap<>();
        for (String grade : GRADES) {
            if (startLevelByGrade != null && startLevelByGrade.containsKey(grade)) {
                starts.put(grade, startLevelByGrade.get(grade));
            }
        }
        startLevelByGrade = Collections.unmodifiableMap(starts);
        resolveBy = resolveBy == null || resolveBy.isBlank() ? RESOLVE_BY_DEFAULT : resolveBy;
    }

    /**
     * The rule escalation gives a level that names none (a policy saved before levels had one): the first level's
     * people, who must act at once, get her brief with the first contact; later levels once they are on it.
     */
    public static BriefDisclosure briefByDefault(int levelIndex) {
        return levelIndex == 0 ? BriefDisclosure.ON_CONTACT : BriefDisclosure.ON_ACK;
    }

    private static List<Level> withBriefRules(List<Level> levels) {
        List<Level> ruled = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            Level level = Objects.requireNonNull(levels.get(i), "level");
            ruled.add(level.brief() != null ? level : new Level(level.name(), level.targets(), level.channels(),
                    level.quorum(), level.escalateAfter(), level.repeatEvery(), briefByDefault(i)));
        }
        return List.copyOf(ruled);
    }

    /**
     * One level: whom it reaches ({@code group:<id>}, {@code responder:<id>}), on which channels
     * ({@code SMS}, {@code VOICE}, {@code EMAIL}), how many must answer, when it gives way to the next
     * level, how often it re-contacts whoever has not answered ({@code null}: never) and when its people are sent
     * the alert's brief — her name, words and place ({@code brief}; null only until the policy gives the default).
     */
    public record Level(String name, List<String> targets, List<String> channels, int quorum, Duration escalateAfter,
            Duration repeatEvery, BriefDisclosure brief) {

        public Level {
            Objects.requireNonNull(name, "name");
            targets = targets == null ? List.of() : List.copyOf(targets);
            channels = channels == null ? List.of() : List.copyOf(channels);
            if (quorum < 1) {
                throw new IllegalArgumentException("quorum must be at least 1, was " + quorum);
            }
            requirePositive("escalateAfter", escalateAfter);
            if (repeatEvery != null) {
                requirePositive("repeatEvery", repeatEvery);
            }
        }

        public boolean repeats() {
            return repeatEvery != null;
        }

        private static void requirePositive(String field, Duration duration) {
            Objects.requireNonNull(duration, field);
            if (duration.isZero() || duration.isNegative()) {
                throw new IllegalArgumentException(field + " must be positive, was " + duration);
            }
        }
    }
}
