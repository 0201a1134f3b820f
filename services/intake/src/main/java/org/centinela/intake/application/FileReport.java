package org.centinela.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.outbox.Outbox;

/**
 * A documented incident report, from the defender's app or entered by an operator for her: a record for
 * the fight against impunity, and a REPORT signal that risk scoring grades by its content.
 */
@ApplicationScoped
public class FileReport {

    private final OncePerClientId once;
    private final Outbox outbox;
    private final Clock clock;

    public FileReport(OncePerClientId once, Outbox outbox, Clock clock) {
        this.once = once;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public UUID file(PersonSnapshot defender, UUID clientId, IncidentReport report, Location location) {
        return once.run(defender.personId(), clientId, signalId -> outbox.append(new SignalReceived(signalId,
                defender.personId(), true, SignalType.REPORT, SignalSource.REPORT_FORM, clock.instant(), null,
                location, report)));
    }
}
