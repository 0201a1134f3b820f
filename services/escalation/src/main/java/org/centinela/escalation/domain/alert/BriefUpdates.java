package org.centinela.escalation.domain.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Updates of an alert's brief, coalesced: at most one per person every {@code gap}. Whoever is behind the
 * brief's version is due now if her last brief or update was at least a gap ago; for the others one durable
 * step (BRIEF_UPDATE) falls due when the earliest of their gaps ends, and sends the latest version to everyone
 * still behind then. A step known to fall due earlier makes another one needless: when it fires, it looks again.
 */
final class BriefUpdates {

    private int steps;
    private Instant nextStep;

    /**
     * @param steps    how many BRIEF_UPDATE steps the alert made (the round of the next is one more)
     * @param nextStep when the earliest of those not fired yet falls due; null when none is known
     */
    BriefUpdates(int steps, Instant nextStep) {
        this.steps = steps;
        this.nextStep = nextStep;
    }

    /**
     * Those of {@code behind} due an update at {@code now}; for the rest a step at level {@code level} goes to
     * {@code schedule}, unless one known falls due no later.
     */
    List<Recipient> dueNow(Collection<Recipient> behind, Duration gap, Instant now, int level,
            Consumer<Step> schedule) {
        List<Recipient> due = new ArrayList<>();
        Instant later = null;
        for (Recipient recipient : behind) {
            Instant gapEnds = recipient.brief().sentAt().plus(gap);
            if (now.isBefore(gapEnds)) {
                later = later == null || gapEnds.isBefore(later) ? gapEnds : later;
            } else {
                due.add(recipient);
            }
        }
        if (later != null && (nextStep == null || later.isBefore(nextStep))) {
            steps++;
            nextStep = later;
            schedule.accept(new Step(StepKind.BRIEF_UPDATE, level, steps, later));
        }
        return due;
    }

    /**
     * A BRIEF_UPDATE step fired at {@code now}: the step known to come, if it was due by now, is no longer to come.
     * (Compared with the time it fired, not with the step's own due time: a stored step keeps its time to the
     * microsecond only.)
     */
    void fired(Instant now) {
        if (nextStep != null && !nextStep.isAfter(now)) {
            nextStep = null;
        }
    }

    int steps() {
        return steps;
    }

    Instant nextStep() {
        return nextStep;
    }
}
