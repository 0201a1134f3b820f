package org.centinela.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.intake.domain.CheckIn;
import org.centinela.intake.domain.HerWords;
import org.centinela.intake.domain.PinCheck;
import org.centinela.outbox.Outbox;

/**
 * Check-in timers from the app: a defender starts one before a risky trip and closes it with her PIN
 * when safe (her duress PIN closes it too, and raises a DURESS signal; her PIN does not while her phone is
 * seized). One still open when due raises a CHECKIN_MISSED signal, whichever replica notices first, after any
 * restart.
 */
@ApplicationScoped
public class CheckInTimers {

    public static final int OVERDUE_BATCH = 100;

    private final CheckIns checkIns;
    private final OncePerClientId once;
    private final PinGuard pins;
    private final Outbox outbox;
    private final Clock clock;

    public CheckInTimers(CheckIns checkIns, OncePerClientId once, PinGuard pins, Outbox outbox, Clock clock) {
        this.checkIns = checkIns;
        this.once = once;
        this.pins = pins;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The check-in started (the same one for a retried request). Her PIN or her duress PIN in her note is withheld
     * from it; her duress PIN also raises DURESS.
     */
    @Transactional
    public CheckIn start(PersonSnapshot defender, UUID clientId, int dueInMinutes, String note) {
        Instant now = clock.instant();
        UUID id = once.run(defender.personId(), clientId, fresh -> {
            HerWords words = pins.withhold(defender, note);
            checkIns.open(CheckIn.open(fresh, defender.personId(), dueInMinutes, words.text(), now));
            if (words.duress()) {
                UUID signalId = UUID.nameUUIDFromBytes(("duress:" + fresh).getBytes(StandardCharsets.UTF_8));
                outbox.append(new SignalReceived(signalId, defender.personId(), true, SignalType.DURESS,
                        SignalSource.CHECKIN, now, null, null, null));
            }
        });
        return checkIns.find(id).orElseThrow();
    }

    /** Her own check-in, if {@code id} is one. */
    public Optional<CheckIn> find(PersonSnapshot defender, UUID id) {
        return checkIns.find(id).filter(checkIn -> checkIn.defenderId().equals(defender.personId()));
    }

    /**
     * She says she is safe. Her duress PIN always closes it and raises DURESS; her PIN closes it unless the lock-out
     * refuses it or her phone is seized. Whatever the PIN was, nothing tells her phone: the same work is done and the
     * caller answers alike.
     */
    @Transactional
    public void safe(PersonSnapshot defender, CheckIn checkIn, String pin) {
        PinCheck check = pins.attempt(defender, List.of(pin)).check();
        if (check.closesCheckIn(defender.phoneSeized())) {
            checkIns.close(checkIn.id(), clock.instant());
        }
        if (check == PinCheck.DURESS) {
            outbox.append(new SignalReceived(UUID.randomUUID(), defender.personId(), true, SignalType.DURESS,
                    SignalSource.CHECKIN, clock.instant(), null, null, null));
        }
    }

    /** Raises a CHECKIN_MISSED signal for each overdue check-in; how many it raised. */
    @Transactional
    public int raiseMissed() {
        List<CheckIn> overdue = checkIns.claimOverdue(clock.instant(), OVERDUE_BATCH);
        overdue.forEach(missed -> outbox.append(new SignalReceived(
                UUID.nameUUIDFromBytes(("checkin:" + missed.id()).getBytes(StandardCharsets.UTF_8)), missed.defenderId(), true, SignalType.CHECKIN_MISSED, SignalSource.CHECKIN, clock.instant(),
                missed.note(), null, null)));
        return overdue.size();
    }
}
