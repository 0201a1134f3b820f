package org.centinela.escalation.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.alert.AlertBrief.BriefSignal;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.escalation.application.BriefReading;
import org.centinela.escalation.domain.alert.TimelineEntry;
import org.centinela.escalation.domain.alert.TimelineType;

/**
 * An alert's brief as {@code GET /api/v1/alerts/{id}/brief} answers it: who she is, every signal with her words,
 * places and report, the latest place with a map link, the reasons for the grade, who is on it and, for operators,
 * to whom it was disclosed. Fields without a value are left out. Personal data: never logged.
 *
 * @param version the brief's version, which grows with every change of what it says
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BriefView(UUID alertId, String code, long version, boolean heldForTriage, Defender defender,
        Grade grade, List<RiskFactor> reasons, List<Signal> signals, LatestLocation latestLocation, List<OnIt> onIt,
        List<Disclosure> disclosures) {

    static BriefView of(BriefReading reading) {
        AlertBrief brief = reading.brief();
        return new BriefView(brief.alertId(), brief.alertCode(), brief.version(), reading.heldForTriage(),
                new Defender(brief.defenderId(), brief.displayName(), reading.name(), brief.organisation(),
                        brief.language(), brief.country(), brief.phone(), reading.inDirectory()),
                brief.grade(), brief.reasons(), brief.signals().stream().map(Signal::of).toList(),
                brief.latestLocated().map(LatestLocation::of).orElse(null),
                reading.acks().stream().map(ack -> new OnIt(ack.personId(), reading.names().get(ack.personId()),
                        ack.channel(), ack.at())).toList(),
                reading.disclosures().stream().map(Disclosure::of).toList());
    }

    /**
     * Who is in danger.
     *
     * @param id          her directory id, or {@code unknown:<hash>} for a sender not in the directory
     * @param displayName the name her network knows her by; left out while an unknown sender is held for triage
     * @param name        her name in the directory, for operators only
     * @param phone       hers, or the number an unknown sender wrote from
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Defender(String id, String displayName, String name, String organisation, String language,
            String country, String phone, boolean inDirectory) {
    }

    /** One signal of the alert, in the order intake received them; a location is dated by its signal. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Signal(UUID signalId, String type, String source, Instant at, String text, Place location,
            Instant locatedAt, IncidentReport report) {

        static Signal of(BriefSignal signal) {
            return new Signal(signal.signalId(), signal.type().name(), signal.source().name(), signal.at(),
                    signal.text(), signal.location() == null ? null : Place.of(signal.location()), signal.locatedAt(),
                    signal.report());
        }
    }

    /** Where she was; {@code accuracyM} is left out when her device did not say. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Place(double lat, double lon, Double accuracyM) {
        static Place of(Location location) {
            return new Place(location.lat(), location.lon(), location.accuracyM());
        }
    }

    /** The latest place she sent, with a link to it on OpenStreetMap. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LatestLocation(double lat, double lon, Double accuracyM, Instant at, String mapUrl) {

        static LatestLocation of(BriefSignal signal) {
            Location location = signal.location();
            return new LatestLocation(location.lat(), location.lon(), location.accuracyM(), signal.locatedAt(),
                    mapUrl(location));
        }

        static String mapUrl(Location location) {
            return String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%.5f&mlon=%.5f#map=17/%.5f/%.5f",
                    location.lat(), location.lon(), location.lat(), location.lon());
        }
    }

    /**
     * Someone who said "I'm on it".
     *
     * @param name her name in the directory; left out for an operator (her user name is her id) or someone removed
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OnIt(String personId, String name, ResponseChannel channel, Instant at) {
    }

    /**
     * The brief went out to {@code personId} (DISCLOSED), she opened its page (OPENED), or someone read it through
     * the API or the console (READ: {@code personId} is the reader).
     */
    public record Disclosure(String personId, String channel, String kind, Instant at) {

        static Disclosure of(TimelineEntry entry) {
            boolean read = entry.type() == TimelineType.BRIEF_READ;
            String kind = entry.type().name().substring("BRIEF_".length());
            return new Disclosure(read ? entry.actorId() : entry.personId(), entry.channel(), kind, entry.at());
        }
    }
}
