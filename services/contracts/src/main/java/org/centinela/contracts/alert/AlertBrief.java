package org.centinela.contracts.alert;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.Invariants;
import org.centinela.contracts.Topics;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;

/**
 * The brief of an alert as it is now: who is in danger (the name her network knows her by), where (every
 * location she sent) and what she said (every signal's words, her check-in note, her report), the grade with
 * its reasons and who is on it. Escalation publishes it on {@code alerts.briefs} (compacted, keyed by alert id)
 * each time it changes, and a tombstone once the alert is over, so that notification can send it to the people
 * the policy discloses it to. Personal data: the topic is access-restricted, the event is never logged, and
 * {@link #toString()} withholds everything but ids and codes.
 *
 * @param schemaVersion version of this shape, {@value #SCHEMA_VERSION} today
 * @param alertId       the alert
 * @param alertCode     its short code
 * @param defenderId    her id in the directory, or {@code unknown:<hash>} for a sender not in it
 * @param displayName   the name her network knows her by (her alias, else her name; for someone not in the
 *                      directory, the name an operator typed); null while nobody knows it (an unknown sender held
 *                      for triage)
 * @param organisation  her organisation; may be null
 * @param language      her language (ISO 639); may be null for an unknown sender
 * @param country       her country (ISO 3166 alpha-2), for the time zone of the times shown; may be null
 * @param phone         her phone in E.164, so that the people on it can call her; may be null
 * @param grade         the alert's grade
 * @param reasons       the risk factors of the alert's signals, highest contribution first; may be empty
 * @param signals       every signal attached to the alert with what it carried, in the order they came
 * @param onIt          the ids of the people who acknowledged, in order
 * @param version       grows with every change of what the brief says; a notification request names the version
 *                      it needs at least
 * @param updatedAt     when it last changed
 */
public record AlertBrief(
        int schemaVersion,
        UUID alertId,
        String alertCode,
        String defenderId,
        String displayName,
        String organisation,
        String language,
        String country,
        String phone,
        Grade grade,
        List<RiskFactor> reasons,
        List<BriefSignal> signals,
        List<String> onIt,
        long version,
        Instant updatedAt) implements CentinelaEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "org.centinela.alert.brief.changed.v1";
    public static final int MAX_NAME_LENGTH = 200;

    public AlertBrief {
        Invariants.schemaVersion(schemaVersion);
        Invariants.present(alertId, "alertId");
        Invariants.alertCode(alertCode, "alertCode");
        Invariants.nonBlank(defenderId, "defenderId");
        Invariants.optionalText(displayName, MAX_NAME_LENGTH, "displayName");
        Invariants.optionalText(organisation, MAX_NAME_LENGTH, "organisation");
        Invariants.optionalCountry(country, "country");
        Invariants.present(grade, "grade");
        reasons = reasons == null ? List.of() : Invariants.listOf(reasons, "reasons");
        signals = signals == null ? List.of() : Invariants.listOf(signals, "signals");
        onIt = onIt == null ? List.of() : Invariants.listOf(onIt, "onIt");
        onIt.forEach(id -> Invariants.nonBlank(id, "onIt element"));
        Invariants.atLeast(version, 1, "version");
        Invariants.present(updatedAt, "updatedAt");
    }

    /** A brief of the current schema version. */
    public AlertBrief(UUID alertId, String alertCode, String defenderId, String displayName, String organisation,
            String language, String country, String phone, Grade grade, List<RiskFactor> reasons,
            List<BriefSignal> signals, List<String> onIt, long version, Instant updatedAt) {
        this(SCHEMA_VERSION, alertId, alertCode, defenderId, displayName, organisation, language, country, phone,
                grade, reasons, signals, onIt, version, updatedAt);
    }

    /**
     * One signal of the alert and what it carried.
     *
     * @param signalId   the signal
     * @param type       what it asked for (a CHECKIN_MISSED's text is the note she left when she started it)
     * @param source     how it reached intake
     * @param at         when intake accepted it
     * @param text       her words; null when she wrote none
     * @param location   where she was; null when it carried none
     * @param locatedAt  when the location was taken (the signal's time when the device did not say); null without one
     * @param report     the documented incident of a REPORT; null otherwise
     */
    public record BriefSignal(UUID signalId, SignalType type, SignalSource source, Instant at, String text,
            Location location, Instant locatedAt, IncidentReport report) {

        public BriefSignal {
            Invariants.present(signalId, "signalId");
            Invariants.present(type, "type");
            Invariants.present(source, "source");
            Invariants.present(at, "at");
            if ((location == null) != (locatedAt == null)) {
                throw new IllegalArgumentException("locatedAt goes with a location, and only with one");
            }
        }

        @Override
        public String toString() {
            return "BriefSignal[signalId=" + signalId + ", type=" + type + ", source=" + source + ", at=" + at
                    + ", text, location and report withheld]";
        }
    }

    /** The signal with the most recent location, if any signal carried one. */
    public Optional<BriefSignal> latestLocated() {
        return signals.stream().filter(signal -> signal.location() != null)
                .max(Comparator.comparing(BriefSignal::locatedAt));
    }

    /** The first words she wrote, if she wrote any. */
    public Optional<String> firstWords() {
        return signals.stream().map(BriefSignal::text).filter(text -> text != null && !text.isBlank()).findFirst();
    }

    @Override
    public String topic() {
        return Topics.ALERTS_BRIEFS;
    }

    /** The alert's id: a tombstone under it erases the brief once the alert is over. */
    @Override
    public String key() {
        return alertId.toString();
    }

    @Override
    public String cloudEventType() {
        return TYPE;
    }

    /** Ids and codes only: names, phone, words and places are withheld. */
    @Override
    public String toString() {
        return "AlertBrief[alertId=" + alertId + ", alertCode=" + alertCode + ", defenderId=" + defenderId
                + ", grade=" + grade + ", signals=" + signals.size() + ", onIt=" + onIt + ", version=" + version
                + ", updatedAt=" + updatedAt + ", personal data withheld]";
    }
}
