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
import org.centinela.intake.domain.HerWords;
import org.centinela.outbox.Outbox;

/**
 * The panic button of the app: a PANIC signal, once per {@code clientId} however often the app retries, naming the
 * device it came from. Her PIN or her duress PIN in her words is withheld from them; her duress PIN makes it a DURESS
 * signal.
 */
@ApplicationScoped
public class RaisePanic {

    private final OncePerClientId once;
    private final PinGuard pins;
    private final Outbox outbox;
    private final Clock clock;

    public RaisePanic(OncePerClientId once, PinGuard pins, Outbox outbox, Clock clock) {
        this.once = once;
        this.pins = pins;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The id of the signal raised (the same for a retried request).
     *
     * @param deviceId her enrolled device that sent it ({@code DeviceId}), so that her network sees which one it was
     */
    @Transactional
    public UUID raise(PersonSnapshot defender, UUID deviceId, UUID clientId, Location location, String text) {
        return once.run(defender.personId(), clientId, signalId -> {
            HerWords words = pins.withhold(defender, text == null || text.isBlank() ? null : text);
            outbox.append(new SignalReceived(signalId, defender.personId(), true,
                    words.duress() ? SignalType.DURESS : SignalType.PANIC, SignalSource.APP, clock.instant(),
                    words.text(), location, null).fromDevice(deviceId));
        });
    }
}
