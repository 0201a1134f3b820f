package org.centinela.risk.domain;

import java.util.Objects;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalType;

/**
 * What the scorer needs to know about one signal. Personal data (the text and the location): never
 * logged, and {@link #toString()} withholds them.
 *
 * @param type                 what the signal asks for
 * @param text                 what she wrote: the signal's free text, and for a report its narrative (joined
 *                             by a line break, see {@link #textOf}); may be null; at most
 *                             {@value #MAX_TEXT_LENGTH} characters
 * @param location             where she was; may be null
 * @param verifiedSender       false for a number that is not in the directory
 * @param baselineRisk         her baseline risk from the directory, 0..3 (0 also for an unknown sender)
 * @param alertsLast30Days     alerts of hers opened in the last 30 days, at least 0
 * @param signalsLast10Minutes other signals of hers received in the 10 minutes before this one, at least 0
 */
public record SignalFacts(
        SignalType type,
        String text,
        Location location,
        boolean verifiedSender,
        int baselineRisk,
        int alertsLast30Days,
        int signalsLast10Minutes) {

    /** A signal's text and a report's narrative, joined by a line break. */
    public static final int MAX_TEXT_LENGTH = SignalReceived.MAX_TEXT_LENGTH + 1 + IncidentReport.MAX_NARRATIVE_LENGTH;

    public SignalFacts {
        Objects.requireNonNull(type, "type must not be null");
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException(
                    "text must be at most " + MAX_TEXT_LENGTH + " characters, was " + text.length());
        }
        if (baselineRisk < 0 || baselineRisk > Weights.BASELINE_LEVELS - 1) {
            throw new IllegalArgumentException("baselineRisk must be 0..3, was " + baselineRisk);
        }
        if (alertsLast30Days < 0) {
            throw new IllegalArgumentException("alertsLast30Days must be at least 0, was " + alertsLast30Days);
        }
        if (signalsLast10Minutes < 0) {
            throw new IllegalArgumentException("signalsLast10Minutes must be at least 0, was " + signalsLast10Minutes);
        }
    }

    /** A signal of a verified defender with no baseline risk and no recent history. */
    public static SignalFacts of(SignalType type, String text) {
        return new SignalFacts(type, text, null, true, 0, 0, 0);
    }

    /**
     * The text to score for a signal: its free text and its report's narrative, joined by a line break;
     * either may be null; null when both are.
     */
    public static String textOf(String text, String narrative) {
        if (text == null) {
            return narrative;
        }
        return narrative == null ? text : text + "\n" + narrative;
    }

    public SignalFacts withText(String newText) {
        return new SignalFacts(type, newText, location, verifiedSender, baselineRisk, alertsLast30Days,
                signalsLast10Minutes);
    }

    public SignalFacts withLocation(Location newLocation) {
        return new SignalFacts(type, text, newLocation, verifiedSender, baselineRisk, alertsLast30Days,
                signalsLast10Minutes);
    }

    public SignalFacts unverified() {
        return new SignalFacts(type, text, location, false, baselineRisk, alertsLast30Days, signalsLast10Minutes);
    }

    public SignalFacts withBaselineRisk(int level) {
        return new SignalFacts(type, text, location, verifiedSender, level, alertsLast30Days, signalsLast10Minutes);
    }

    public SignalFacts withHistory(int alerts, int signals) {
        return new SignalFacts(type, text, location, verifiedSender, baselineRisk, alerts, signals);
    }

    /** Counts and flags only: the text and the location are withheld. */
    @Override
    public String toString() {
        return "SignalFacts[type=" + type
                + ", text=" + (text == null ? "none" : "withheld")
                + ", location=" + (location == null ? "none" : "withheld")
                + ", verifiedSender=" + verifiedSender
                + ", baselineRisk=" + baselineRisk
                + ", alertsLast30Days=" + alertsLast30Days
                + ", signalsLast10Minutes=" + signalsLast10Minutes
                + "]";
    }
}
