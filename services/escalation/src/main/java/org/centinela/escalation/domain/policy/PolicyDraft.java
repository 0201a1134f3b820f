package org.centinela.escalation.domain.policy;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.signal.Grade;

/**
 * A policy as an operator wrote it (contract §3, {@code PUT /api/v1/policies/{policyId}}), every
 * value still text, so that {@link #toPolicy(String, long)} can report everything wrong with it at
 * once, unknown channels, grades and malformed durations included. {@code resolveBy} is ANY_RESPONDER, QUORUM or
 * OPERATOR, or nothing for the default (also in the versions stored before policies said it).
 */
public record PolicyDraft(String name, List<Level> levels, Map<String, Integer> startLevelByGrade, String resolveBy) {

    /** A policy that leaves who may end its alerts to the default ({@link ResolveBy#DEFAULT}). */
    public PolicyDraft(String name, List<Level> levels, Map<String, Integer> startLevelByGrade) {
        this(name, levels, startLevelByGrade, null);
    }

    /**
     * A level as written: targets like {@code group:unidad}, channels like {@code SMS}, ISO-8601 durations, and
     * {@code brief} ON_CONTACT, ON_ACK or NEVER — or nothing, for the default of the level's position (also in the
     * versions stored before levels said it).
     */
    public record Level(String name, List<String> targets, List<String> channels, Integer quorum,
            String escalateAfter, String repeatEvery, String brief) {

        /** A level that leaves its brief rule to its position. */
        public Level(String name, List<String> targets, List<String> channels, Integer quorum, String escalateAfter,
                String repeatEvery) {
            this(name, targets, channels, quorum, escalateAfter, repeatEvery, null);
        }
    }

    /**
     * {@code policy} as an operator would write it: what {@link #toPolicy} reads back into the same policy
     * (its id and version aside). Levels keep their channels in the order SMS, VOICE, EMAIL.
     */
    public static PolicyDraft of(EscalationPolicy policy) {
        List<Level> levels = policy.levels().stream()
                .map(level -> new Level(level.name(), level.targets().stream().map(Target::toString).toList(),
                        level.channels().stream().sorted().map(Enum::name).toList(), level.quorum(),
                        level.escalateAfter().toString(), level.repeats() ? level.repeatEvery().toString() : null,
                        level.brief().name()))
                .toList();
        Map<String, Integer> starts = new LinkedHashMap<>();
        policy.startLevelByGrade().forEach((grade, level) -> starts.put(grade.name(), level));
        return new PolicyDraft(policy.name(), levels, starts, policy.resolveBy().name());
    }

    private static final String ALL_CHANNELS = names(Channel.values());
    private static final String ALL_GRADES = names(Grade.values());
    private static final String ALL_BRIEF_RULES = names(BriefDisclosure.values());
    private static final String ALL_RESOLVE_RULES = names(ResolveBy.values());

    /** The policy {@code id} at {@code version}, or an {@link InvalidPolicyException} with every violation. */
    public EscalationPolicy toPolicy(String id, long version) {
        List<Violation> violations = new ArrayList<>();
        List<PolicyLevel> built = new ArrayList<>();
        if (levels != null) {
            for (int i = 0; i < levels.size(); i++) {
                if (levels.get(i) != null) {
                    try {
                        built.add(level(levels.get(i)));
                    } catch (InvalidPolicyException e) {
                        String prefix = "levels[" + i + "].";
                        e.violations().forEach(violation -> violations.add(violation.within(prefix)));
                    }
                }
            }
        }
        Map<Grade, Integer> starts = grades(violations);
        ResolveBy resolveRule = resolveRule(violations);
        violations.addAll(EscalationPolicy.violations(id, name, levels, starts, version));
        InvalidPolicyException.throwIfAny(violations);
        return new EscalationPolicy(id, name, built, starts, version, resolveRule);
    }

    /** Who may end its alerts as written, null when it was not (the default applies). */
    private ResolveBy resolveRule(List<Violation> violations) {
        if (resolveBy == null) {
            return null;
        }
        try {
            return ResolveBy.valueOf(resolveBy);
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of("resolveBy", "must be one of " + ALL_RESOLVE_RULES + ", was "
                    + quoted(resolveBy), "not-one-of", ALL_RESOLVE_RULES, resolveBy));
            return null;
        }
    }

    private static PolicyLevel level(Level draft) {
        List<Violation> violations = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        if (draft.targets() != null) {
            for (int j = 0; j < draft.targets().size(); j++) {
                try {
                    targets.add(Target.parse(draft.targets().get(j), "targets[" + j + "]"));
                } catch (InvalidPolicyException e) {
                    violations.addAll(e.violations());
                }
            }
        }
        Set<Channel> channels = EnumSet.noneOf(Channel.class);
        if (draft.channels() != null) {
            for (int k = 0; k < draft.channels().size(); k++) {
                String channel = draft.channels().get(k);
                try {
                    channels.add(Channel.valueOf(channel));
                } catch (IllegalArgumentException | NullPointerException e) {
                    violations.add(Violation.of("channels[" + k + "]",
                            "must be one of " + ALL_CHANNELS + ", was " + quoted(channel),
                            "not-one-of", ALL_CHANNELS, channel));
                }
            }
        }
        if (draft.quorum() == null) {
            violations.add(Violation.of("quorum", "is required", "required"));
        }
        Duration escalateAfter = duration("escalateAfter", draft.escalateAfter(), violations);
        Duration repeatEvery = duration("repeatEvery", draft.repeatEvery(), violations);
        BriefDisclosure brief = brief(draft.brief(), violations);
        // Rules of the parsed values, except where the text itself was already refused.
        List<Violation> reported = List.copyOf(violations);
        PolicyLevel.violations(draft.name(), targets, channels, draft.quorum() == null ? 1 : draft.quorum(),
                        escalateAfter, repeatEvery).stream()
                .filter(rule -> reported.stream().noneMatch(
                        seen -> seen.field().equals(rule.field()) || seen.field().startsWith(rule.field() + "[")))
                .forEach(violations::add);
        InvalidPolicyException.throwIfAny(violations);
        return new PolicyLevel(draft.name(), targets, channels, draft.quorum(), escalateAfter, repeatEvery, brief);
    }

    /** The rule written, null when none was (the level's position decides). */
    private static BriefDisclosure brief(String text, List<Violation> violations) {
        if (text == null) {
            return null;
        }
        try {
            return BriefDisclosure.valueOf(text);
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of("brief", "must be one of " + ALL_BRIEF_RULES + ", was " + quoted(text),
                    "not-one-of", ALL_BRIEF_RULES, text));
            return null;
        }
    }

    private static Duration duration(String field, String text, List<Violation> violations) {
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text);
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(field, "must be an ISO-8601 duration such as PT2M or PT5S, was " + quoted(text),
                    "not-a-duration", text));
            return null;
        }
    }

    private Map<Grade, Integer> grades(List<Violation> violations) {
        if (startLevelByGrade == null) {
            return null;
        }
        Map<Grade, Integer> starts = new EnumMap<>(Grade.class);
        Map<String, Integer> written = new LinkedHashMap<>(startLevelByGrade);
        written.forEach((grade, level) -> {
            try {
                starts.put(Grade.valueOf(grade), level);
            } catch (IllegalArgumentException | NullPointerException e) {
                violations.add(Violation.of("startLevelByGrade." + grade, "is not a grade: " + ALL_GRADES, "not-a-grade",
                        ALL_GRADES));
            }
        });
        return starts;
    }

    private static String quoted(String text) {
        return text == null ? "null" : "'" + text + "'";
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
