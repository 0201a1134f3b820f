package org.centinela.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;

/**
 * An alert's brief as a message or the brief page shows it to one reader: times in her country's time zone,
 * places with their map links, who is on it by name, and the reader's link to the page. Personal data:
 * {@link #toString()} withholds it.
 *
 * @param code          the alert's code
 * @param grade         its grade
 * @param version       the brief's version
 * @param name          the name her network knows her by; null while nobody knows it
 * @param organisation  her organisation; may be null
 * @param phone         her phone in E.164; may be null
 * @param signals       every signal, in the order they came
 * @param places        every place she sent, in that order, numbered as the picture numbers them
 * @param onIt          who is on it, by name
 * @param spokenWords   the first words she wrote, short enough to be said in a call, as a sentence; null when she
 *                      wrote none
 * @param spokenPlace   the place of her first report that names one, in her words, as a sentence; null otherwise
 * @param link          the reader's link to the brief page; null where none is given (a call)
 */
public record BriefView(String code, Grade grade, long version, String name, String organisation, String phone,
        List<Signal> signals, List<Place> places, WhoIsOnIt onIt, String spokenWords, String spokenPlace, String link) {

    /** How much of her words a call says. */
    static final int SPOKEN_ROOM = 300;

    /**
     * One signal: its number, what and when, her words (a check-in's note), where (if it carried a place), and a
     * report's place, narrative and day.
     */
    public record Signal(int number, SignalType type, SignalSource source, String at, String text, Place place,
            String reportPlace, String narrative, String occurredOn) {
    }

    /** One place: its number in the list and the picture, where, when (in her country's time), whether latest. */
    public record Place(int number, Location location, String at, boolean latest) {

        /** {@code 15.47090,-90.37070}. */
        public String coordinates() {
            return MapLink.coordinates(location);
        }

        public String mapUrl() {
            return MapLink.of(location);
        }

        /** {@code 12 m}; null when the device did not say. */
        public String accuracy() {
            return location.accuracyM() == null ? null : String.format(Locale.ROOT, "%.0f m", location.accuracyM());
        }

        @Override
        public String toString() {
            return "Place[" + number + ", withheld]";
        }
    }

    public BriefView {
        Objects.requireNonNull(code, "code must not be null");
        signals = List.copyOf(signals);
        places = List.copyOf(places);
        Objects.requireNonNull(onIt, "onIt must not be null");
    }

    /** The view of {@code brief} with who is on it named {@code onIt} and the reader's {@code link} (null for none). */
    public static BriefView of(AlertBrief brief, WhoIsOnIt onIt, String link) {
        CountryTime time = CountryTime.of(brief.country());
        Optional<AlertBrief.BriefSignal> latest = brief.latestLocated();
        List<Signal> signals = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        for (AlertBrief.BriefSignal signal : brief.signals()) {
            Place place = null;
            if (signal.location() != null) {
                place = new Place(places.size() + 1, signal.location(), time.dateTime(signal.locatedAt()),
                        latest.isPresent() && latest.get() == signal);
                places.add(place);
            }
            IncidentReport report = signal.report();
            signals.add(new Signal(signals.size() + 1, signal.type(), signal.source(), time.dateTime(signal.at()),
                    blankToNull(signal.text()), place, report == null ? null : blankToNull(report.place()),
                    report == null ? null : blankToNull(report.narrative()),
                    report == null || report.occurredOn() == null ? null : report.occurredOn().toString()));
        }
        String spokenWords = brief.firstWords().map(BriefView::spoken).orElse(null);
        String spokenPlace = signals.stream().map(Signal::reportPlace).filter(Objects::nonNull).findFirst()
                .map(BriefView::spoken).orElse(null);
        return new BriefView(brief.alertCode(), brief.grade(), brief.version(), blankToNull(brief.displayName()),
                blankToNull(brief.organisation()), blankToNull(brief.phone()), signals, places, onIt, spokenWords,
                spokenPlace, link);
    }

    /** Whether any signal carried a place. */
    public boolean located() {
        return !places.isEmpty();
    }

    /** The place she sent last, if any. */
    public Optional<Place> latest() {
        return places.stream().filter(Place::latest).findFirst();
    }

    /** The {@code tel:} link that calls her; null without a phone. */
    public String tel() {
        return phone == null ? null : "tel:" + phone;
    }

    /** The picture of her places; null without any. */
    public BriefSketch sketch() {
        if (places.isEmpty()) {
            return null;
        }
        return BriefSketch.of(places.stream()
                .map(place -> new BriefSketch.Point(place.number(), place.location().lat(), place.location().lon(),
                        place.location().accuracyM(), place.latest()))
                .toList());
    }

    /** Ids and counts only. */
    @Override
    public String toString() {
        return "BriefView[code=" + code + ", version=" + version + ", " + signals.size() + " signals, " + places.size()
                + " places, personal data withheld]";
    }

    /** Her words on one line, short enough for a call, ending as a sentence ends (a voice pauses there). */
    private static String spoken(String words) {
        String said = Excerpt.cut(Excerpt.oneLine(words), SPOKEN_ROOM);
        return said.matches("(?s).*[.!?…]$") ? said : said + ".";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
