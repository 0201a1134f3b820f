package org.centinela.console.adapter.in.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.centinela.console.domain.Alert;
import org.centinela.console.domain.AlertBrief;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.contracts.signal.SignalType;

/**
 * The brief of an alert as its page shows it, in the reader's language: who she is (her record's page for an
 * operator when she is in the directory, her phone to call), each signal in order with its time and kind and what it
 * carried, her places the latest first with a map link, the reasons for the grade, who is on it and, for operators,
 * whom it was disclosed to. People are named as escalation named them to the reader, else by id.
 *
 * @param displayName the name her network knows her by, "" while nobody knows it (an unknown sender held)
 * @param name        her full name when escalation gives it (operators) and it is not her display name, else ""
 * @param phoneHref   {@code tel:+502…}, "" without a phone
 * @param record      her record in the network pages, "" when she is not in the directory
 */
public record BriefSheet(boolean held, String displayName, String name, String organisation, String language,
        String country, String phone, String phoneHref, String record, List<SignalLine> signals,
        List<PlaceLine> places, List<RiskFactor> reasons, List<PersonLine> onIt, List<DisclosureLine> disclosures) {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public BriefSheet {
        signals = List.copyOf(signals);
        places = List.copyOf(places);
        reasons = List.copyOf(reasons);
        onIt = List.copyOf(onIt);
        disclosures = List.copyOf(disclosures);
    }

    static BriefSheet of(AlertBrief brief, Alert alert, Map<String, String> t, Instant now) {
        AlertBrief.Defender her = brief.defender();
        String displayName = orEmpty(her.displayName());
        String name = orEmpty(her.name()).equals(displayName) ? "" : orEmpty(her.name());
        String phone = orEmpty(her.phone());
        List<SignalLine> signals = brief.signals().stream().map(signal -> SignalLine.of(signal, t, now)).toList();
        List<PlaceLine> places = brief.places().stream().map(place -> PlaceLine.of(place, t, now)).toList();
        List<PersonLine> onIt = brief.onIt().stream()
                .map(person -> new PersonLine(person.name() == null || person.name().isBlank()
                        ? alert.nameOf(person.personId()) : person.name(), how(person.channel(), t),
                        When.of(person.at(), t, now)))
                .toList();
        List<DisclosureLine> disclosures = brief.disclosures().stream()
                .map(d -> new DisclosureLine(alert.nameOf(d.personId()), t.getOrDefault("disclosure." + d.kind(),
                        d.kind()), how(d.channel(), t), When.of(d.at(), t, now)))
                .toList();
        return new BriefSheet(brief.heldForTriage(), displayName, name, orEmpty(her.organisation()),
                orEmpty(her.language()), orEmpty(her.country()), phone, phone.isEmpty() ? "" : "tel:" + phone,
                her.inDirectory() && her.id() != null ? "/network/defenders/" + her.id() : "", signals, places,
                brief.reasons(), onIt, disclosures);
    }

    /** "by SMS", "in the console": how something reached someone, in the reader's words. */
    static String how(String channel, Map<String, String> t) {
        return channel == null ? "" : t.getOrDefault("how." + channel, channel);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A time as the brief says it: {@code 16:02:10 UTC}, how long ago, and the instant for {@code datetime}. */
    public record When(String iso, String time, String ago) {
        static When of(Instant at, Map<String, String> t, Instant now) {
            if (at == null) {
                return new When("", "", "");
            }
            return new When(at.toString(), TIME.format(at),
                    t.get("brief.ago").replace("{since}", AlertRow.since(at, now, t)));
        }
    }

    /**
     * One signal: its kind and how it came, when, and what it carried — her words (a missed check-in's note, labelled
     * so), the place it was sent from, a report's types, place, day and narrative.
     *
     * @param wordsLabel "Her words" or "Check-in note"; "" when she wrote none
     */
    public record SignalLine(String kind, String source, When when, String wordsLabel, String words, PlaceLine place,
            String violence, String perpetrator, String reportPlace, String reportDay, String narrative) {

        static SignalLine of(AlertBrief.Signal signal, Map<String, String> t, Instant now) {
            String words = orEmpty(signal.text());
            String label = words.isBlank() ? ""
                    : t.get(signal.type() == SignalType.CHECKIN_MISSED ? "brief.note" : "brief.words");
            IncidentReport report = signal.report();
            PlaceLine place = signal.location() == null ? null : PlaceLine.of(new AlertBrief.Place(signal.location(),
                    signal.locatedAt() == null ? signal.at() : signal.locatedAt(), signal.type()), t, now);
            return new SignalLine(t.getOrDefault("signal." + signal.type(), signal.type().name()),
                    signal.source() == null ? "" : t.getOrDefault("source." + signal.source(), signal.source().name()),
                    When.of(signal.at(), t, now), label, words, place,
                    report == null ? "" : t.getOrDefault("violence." + report.violenceType(), ""),
                    report == null ? "" : t.getOrDefault("perpetrator." + report.perpetratorType(), ""),
                    report == null ? "" : orEmpty(report.place()),
                    report == null || report.occurredOn() == null ? "" : DAY.format(report.occurredOn()),
                    report == null ? "" : orEmpty(report.narrative()));
        }
    }

    /** A place with its map link: coordinates, how precise ("±12 m"), when the fix was taken, and by which signal. */
    public record PlaceLine(String coordinates, String accuracy, String mapUrl, When when, String from) {

        static PlaceLine of(AlertBrief.Place place, Map<String, String> t, Instant now) {
            Double metres = place.location().accuracyM();
            return new PlaceLine(place.coordinates(), metres == null ? "" : "±" + Math.round(metres) + " m",
                    place.mapUrl(), When.of(place.at(), t, now),
                    t.getOrDefault("signal." + place.from(), String.valueOf(place.from())));
        }
    }

    /** Someone on it: her name, how she said so, when. */
    public record PersonLine(String name, String how, When when) {
    }

    /** The brief reached someone: who, what happened (received, opened, read), how, when. */
    public record DisclosureLine(String name, String what, String how, When when) {
    }
}
