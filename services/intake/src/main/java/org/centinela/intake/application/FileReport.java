package org.centinela.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.intake.domain.HerWords;
import org.centinela.outbox.Outbox;

/**
 * A documented incident report, from the defender's app or entered by an operator for her: a record for
 * the fight against impunity, and a REPORT signal that risk scoring grades by its content. Her PIN or her duress
 * PIN in its place or narrative is withheld from them; her duress PIN also raises DURESS.
 */
@ApplicationScoped
public class FileReport {

    private final OncePerClientId once;
    private final PinGuard pins;
    private final Outbox outbox;
    private final Clock clock;

    public FileReport(OncePerClientId once, PinGuard pins, Outbox outbox, Clock clock) {
        this.once = once;
        this.pins = pins;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public UUID file(PersonSnapshot defender, UUID clientId, IncidentReport report, Location location) {
        return once.run(defender.personId(), clientId, signalId -> {
            HerWords place = pins.withhold(defender, report.place());
            HerWords narrative = pins.withhold(defender, report.narrative());
            Instant now = clock.instant();
            outbox.append(new SignalReceived(signalId, defender.personId(), true, SignalType.REPORT,
                    SignalSource.REPORT_FORM, now, null, location, new IncidentReport(report.violenceType(),
                            report.perpetratorType(), place.text(), report.occurredOn(), narrative.text())));
            if (place.duress() || narrative.duress()) {
                outbox.append(new SignalReceived(
                        UUID.nameUUIDFromBytes(("duress:" + signalId).getBytes(StandardCharsets.UTF_8)),
                        defender.personId(), true, SignalType.DURESS, SignalSource.REPORT_FORM, now, null, location,
                        null));
            }
        });
    }
}
