package org.centinela.notification.domain;

import java.util.Optional;
import org.centinela.contracts.alert.AlertBrief;

/**
 * What notification holds of an alert's brief: the latest version read from {@code alerts.briefs}, and whether the
 * alert is over (a tombstone erased the brief; nothing of it is sent or shown from then on).
 *
 * @param latest the newest brief read; null when none was, or once the alert is over
 * @param over   whether the alert is over
 */
public record KnownBrief(AlertBrief latest, boolean over) {

    public KnownBrief {
        if (over && latest != null) {
            throw new IllegalArgumentException("the brief of an alert that is over is erased");
        }
    }

    /** Nothing read yet. */
    public static KnownBrief none() {
        return new KnownBrief(null, false);
    }

    public static KnownBrief of(AlertBrief brief) {
        return new KnownBrief(brief, false);
    }

    /** The alert is over: its brief is erased. */
    public static KnownBrief ended() {
        return new KnownBrief(null, true);
    }

    public Optional<AlertBrief> brief() {
        return Optional.ofNullable(latest);
    }

    /** Ids and versions only. */
    @Override
    public String toString() {
        return "KnownBrief[" + (over ? "over" : latest == null ? "none" : "version " + latest.version()) + "]";
    }
}
