package org.centinela.escalation.domain.policy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.notification.Channel;

/**
 * One level of an escalation policy: whom it reaches, on which channels, how many of them must
 * acknowledge, when to move on and how often to re-contact those who have not answered.
 *
 * <p>Field names in a refusal are relative to the level ({@code quorum}); a policy reports them as
 * {@code levels[1].quorum}.
 *
 * @param targets       groups and responders, at least one, none twice
 * @param channels      at least one
 * @param quorum        distinct people who must acknowledge, at least 1
 * @param escalateAfter time without quorum before the next level, positive
 * @param repeatEvery   time between re-contacts of the unacknowledged, positive; {@code null} never repeats
 * @param brief         when its people receive the alert's brief; {@code null} leaves it to the level's position,
 *                      which the policy fills in ({@link #defaultBrief(int)}): a level of a policy always has one
 */
public record PolicyLevel(String name, List<Target> targets, Set<Channel> channels, int quorum,
        Duration escalateAfter, Duration repeatEvery, BriefDisclosure brief) {

    public PolicyLevel {
        InvalidPolicyException.throwIfAny(violations(name, targets, channels, quorum, escalateAfter, repeatEvery));
        targets = List.copyOf(targets);
        channels = Collections.unmodifiableSet(EnumSet.copyOf(channels));
    }

    /** A level that leaves its brief rule to its position in the policy. */
    public PolicyLevel(String name, List<Target> targets, Set<Channel> channels, int quorum, Duration escalateAfter,
            Duration repeatEvery) {
        this(name, targets, channels, quorum, escalateAfter, repeatEvery, null);
    }

    /**
     * The brief rule of level {@code number} (counted from 1) that does not say: ON_CONTACT for the first level
     * (her trusted contacts must act at once, knowing who and where), ON_ACK for the later, wider circles.
     */
    public static BriefDisclosure defaultBrief(int number) {
        return number == 1 ? BriefDisclosure.ON_CONTACT : BriefDisclosure.ON_ACK;
    }

    /** This level at position {@code number}: its brief rule said, the position's default if it did not. */
    PolicyLevel at(int number) {
        return brief != null ? this
                : new PolicyLevel(name, targets, channels, quorum, escalateAfter, repeatEvery, defaultBrief(number));
    }

    /** Whether the unacknowledged are re-contacted at this level. */
    public boolean repeats() {
        return repeatEvery != null;
    }

    /**
     * The distinct responder ids this level reaches, in the order of its targets: the members of its
     * groups and its direct responders. A group {@code groupMembers} does not know adds nobody.
     */
    public Set<String> people(Function<String, Optional<Set<String>>> groupMembers) {
        Set<String> people = new LinkedHashSet<>();
        for (Target target : targets) {
            if (target instanceof Target.Group group) {
                groupMembers.apply(group.groupId()).ifPresent(people::addAll);
            } else if (target instanceof Target.Responder responder) {
                people.add(responder.responderId());
            }
        }
        return Collections.unmodifiableSet(people);
    }

    /** Everything wrong with these values as a level, with fields relative to the level. */
    static List<Violation> violations(String name, List<Target> targets, Set<Channel> channels, int quorum,
            Duration escalateAfter, Duration repeatEvery) {
        List<Violation> violations = new ArrayList<>();
        EscalationPolicy.checkName("name", name, violations);
        if (targets == null || targets.isEmpty()) {
            violations.add(Violation.of("targets", "must not be empty", "empty"));
        } else {
            Set<Target> seen = new HashSet<>();
            for (int i = 0; i < targets.size(); i++) {
                Target target = targets.get(i);
                if (target == null) {
                    violations.add(Violation.of("targets[" + i + "]", "must not be null", "null-element"));
                } else if (!seen.add(target)) {
                    violations.add(Violation.of("targets[" + i + "]", "repeats '" + target + "'", "repeated", target));
                }
            }
        }
        checkChannels(channels, violations);
        if (quorum < 1) {
            violations.add(Violation.of("quorum", "must be at least 1, was " + quorum, "too-small", 1, quorum));
        }
        if (escalateAfter == null) {
            violations.add(Violation.of("escalateAfter", "is required", "required"));
        } else if (escalateAfter.isZero() || escalateAfter.isNegative()) {
            violations.add(Violation.of("escalateAfter", "must be positive, was " + escalateAfter, "not-positive",
                    escalateAfter));
        }
        if (repeatEvery != null && (repeatEvery.isZero() || repeatEvery.isNegative())) {
            violations.add(Violation.of("repeatEvery", "must be positive, was " + repeatEvery, "not-positive",
                    repeatEvery));
        }
        return violations;
    }

    private static void checkChannels(Set<Channel> channels, List<Violation> violations) {
        if (channels == null || channels.isEmpty()) {
            violations.add(Violation.of("channels", "must not be empty", "empty"));
            return;
        }
        // Iterated rather than asked contains(null): immutable sets refuse that question.
        for (Channel channel : channels) {
            if (channel == null) {
                violations.add(Violation.of("channels", "must not contain null", "null-element"));
                return;
            }
        }
    }
}
