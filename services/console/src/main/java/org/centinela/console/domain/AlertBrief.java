package org.centinela.console.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;

/**
 * Who is in danger, where and what she said, as escalation discloses it to the signed-in person
 * ({@code GET /api/v1/alerts/{id}/brief}): escalation has already decided she may read it, and recorded that she did.
 * Personal data: {@link #toString()} withholds everything but ids.
 *
 * @param heldForTriage whether the alert waits for an operator's decision (an unknown sender's, nobody contacted)
 * @param reasons       the risk factors behind its grade, highest first
 * @param signals       every signal of the alert, in the order they came
 * @param onIt          who said "I'm on it", in order
 * @param disclosures   who received, opened or read the brief, when and how: for operators only, empty for others
 */
public record AlertBrief(UUID alertId, String code, long version, boolean heldForTriage, Defender defender,
        Grade grade, List<RiskFactor> reasons, List<Signal> signals, List<OnIt> onIt, List<Disclosure> disclosures) {

    public AlertBrief {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(defender, "defender");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        signals = signals == null ? List.of() : List.copyOf(signals);
        onIt = onIt == null ? List.of() : List.copyOf(onIt);
        disclosures = disclosures == null ? List.of() : List.copyOf(disclosures);
    }

    /** Every place a signal carried, the latest fix first. */
    public List<Place> places() {
        return signals.stream().filter(signal -> signal.location() != null)
                .map(signal -> new Place(signal.location(), signal.locatedAt() == null ? signal.at() : signal.locatedAt(),
                        signal.type()))
                .sorted(Comparator.comparing(Place::at).reversed())
                .toList();
    }

    /** The last words she wrote, if she wrote any: what an operator deciding on a held alert reads first. */
    public Optional<String> lastWords() {
        return signals.stream().map(Signal::text).filter(text -> text != null && !text.isBlank())
                .reduce((first, second) -> second);
    }

    @Override
    public String toString() {
        return "AlertBrief[alertId=" + alertId + ", version=" + version + ", personal data withheld]";
    }

    /**
     * Her, as far as the reader may know her.
     *
     * @param id          her id in the directory, or {@code unknown:…} for a sender not in it
     * @param displayName the name her network knows her by; null while nobody knows it (an unknown sender held)
     * @param name        her full name, for operators only; null otherwise
     * @param phone       E.164; null when escalation does not give it
     * @param inDirectory whether she is a defender of the directory (her record can be opened)
     */
    public record Defender(String id, String displayName, String name, String organisation, String language,
            String country, String phone, boolean inDirectory) {

        @Override
        public String toString() {
            return "Defender[id=" + id + ", personal data withheld]";
        }
    }

    /**
     * One signal of the alert and what it carried.
     *
     * @param text      her words (a missed check-in's note); null when she wrote none
     * @param locatedAt when the location was taken; null without a location
     * @param report    a REPORT's documentation; null otherwise
     */
    public record Signal(UUID signalId, SignalType type, SignalSource source, Instant at, String text,
            Location location, Instant locatedAt, IncidentReport report) {

        public Signal {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String toString() {
            return "Signal[signalId=" + signalId + ", type=" + type + ", personal data withheld]";
        }
    }

    /** Where she was at a time, and which kind of signal said so. */
    public record Place(Location location, Instant at, SignalType from) {

        /** The place on OpenStreetMap, as the brief's messages link it. */
        public String mapUrl() {
            String lat = degrees(location.lat());
            String lon = degrees(location.lon());
            return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon;
        }

        /** "15.47090, -90.37070". */
        public String coordinates() {
            return degrees(location.lat()) + ", " + degrees(location.lon());
        }

        private static String degrees(double value) {
            return String.format(Locale.ROOT, "%.5f", value);
        }

        @Override
        public String toString() {
            return "Place[withheld]";
        }
    }

    /** Someone who said "I'm on it": her name when escalation gives it, the channel and when. */
    public record OnIt(String personId, String name, String channel, Instant at) {
    }

    /**
     * The brief reached someone: {@code DISCLOSED} (sent to her on {@code channel}), {@code OPENED} (she opened its
     * link), {@code READ} (read through the console or the API).
     */
    public record Disclosure(String personId, String channel, String kind, Instant at) {
    }
}
