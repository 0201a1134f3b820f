package org.centinela.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.PerpetratorType;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.contracts.signal.ViolenceType;

/** Briefs as escalation publishes them on alerts.briefs: Marta's, from Cobán, and variations of it. */
public final class AlertBriefs {

    public static final String NAME = "Marta";
    public static final String ORGANISATION = "Colectiva Q'eqchi' de Cobán";
    public static final String PHONE = "+50255501234";
    public static final String WORDS = "SOS me siguen dos hombres, mercado de Cobán";
    public static final String NOTE = "Voy a la reunión con la alcaldía, salgo a las 5";
    public static final String NARRATIVE = "Nos amenazaron a la salida de la audiencia";
    public static final String REPORT_PLACE = "Juzgado de Cobán";
    public static final Location MARKET = new Location(15.4709, -90.3707, 12.0);
    public static final Location BUS_STOP = new Location(15.4731, -90.3682, 25.0);
    public static final Instant AT = Instant.parse("2026-03-07T20:05:00Z");

    private AlertBriefs() {
    }

    /** Her SOS by SMS with the market's location: version {@code version} of the brief of {@code alertId}. */
    public static AlertBrief marta(UUID alertId, String code, long version) {
        return brief(alertId, code, version, NAME, ORGANISATION, List.of(panic(WORDS, MARKET, AT)), List.of());
    }

    public static AlertBrief brief(UUID alertId, String code, long version, String name, String organisation,
            List<AlertBrief.BriefSignal> signals, List<String> onIt) {
        return new AlertBrief(alertId, code, "def-marta", name, organisation, "es", "GT", PHONE, Grade.HIGH, List.of(),
                signals, onIt, version, AT.plusSeconds(version));
    }

    public static AlertBrief.BriefSignal panic(String text, Location location, Instant at) {
        return new AlertBrief.BriefSignal(UUID.randomUUID(), SignalType.PANIC, SignalSource.SMS, at, text, location,
                location == null ? null : at, null);
    }

    /** Every kind a brief tells: her SOS with a place, a missed check-in with its note, a report, a new place. */
    public static List<AlertBrief.BriefSignal> everything() {
        List<AlertBrief.BriefSignal> signals = new ArrayList<>();
        signals.add(panic(WORDS, MARKET, AT));
        signals.add(new AlertBrief.BriefSignal(UUID.randomUUID(), SignalType.CHECKIN_MISSED, SignalSource.CHECKIN,
                AT.plusSeconds(60), NOTE, null, null, null));
        signals.add(new AlertBrief.BriefSignal(UUID.randomUUID(), SignalType.REPORT, SignalSource.REPORT_FORM,
                AT.plusSeconds(120), null, null, null, new IncidentReport(ViolenceType.THREAT,
                        PerpetratorType.UNKNOWN, REPORT_PLACE, LocalDate.parse("2026-03-06"), NARRATIVE)));
        signals.add(new AlertBrief.BriefSignal(UUID.randomUUID(), SignalType.PANIC, SignalSource.APP,
                AT.plusSeconds(180), null, BUS_STOP, AT.plusSeconds(170), null));
        return signals;
    }
}
