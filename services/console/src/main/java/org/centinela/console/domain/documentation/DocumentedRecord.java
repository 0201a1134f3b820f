package org.centinela.console.domain.documentation;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;

/**
 * One incident report or one alert as the documentation counts it: ids and codes only, never a word anyone wrote,
 * a place or a name. For a report, {@code id} is its signal and {@code alertId} the alert it opened or joined, if
 * any; for an alert, {@code id} is the signal that opened it, and every other field is that signal's. {@code country}
 * is the defender's (ISO 3166 alpha-2) as her profile had it when the signal was assessed; null when it named none,
 * for an unknown sender, or for a signal assessed before assessments carried it.
 */
public record DocumentedRecord(Counted kind, UUID id, UUID alertId, Instant receivedAt, String signalType,
        String violenceType, String perpetratorType, String grade, int score, boolean triage, String country) {

    public DocumentedRecord {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(signalType, "signalType");
        if (kind == Counted.ALERTS && alertId == null) {
            throw new IllegalArgumentException("an alert's record names its alert");
        }
    }

    /** The calendar month it was received in, in UTC. */
    public YearMonth month() {
        return YearMonth.from(receivedAt.atOffset(ZoneOffset.UTC));
    }
}
