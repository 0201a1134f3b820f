package org.centinela.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.outbox.Outbox;

/** The panic button of the app: a PANIC signal, once per {@code clientId} however often the app retries. */
@ApplicationScoped
public class RaisePanic {

    private final OncePerClientId once;
    private final Outbox outbox;
    private final Clock clock;

    public RaisePanic(OncePerClientId once, Outbox outbox, Clock clock) {
        this.once = once;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The id of the signal raised (the same for a retried request). */
    @Transactional
    public UUID raise(PersonSnapshot defender, UUID clientId, Location location, String text) {
        return once.run(defender.personId(), clientId, signalId -> outbox.append(new SignalReceived(signalId,
                defender.personId(), true, SignalType.PANIC, SignalSource.APP, clock.instant(),
                text == null || text.isBlank() ? null : text, location, null)));
    }
}
