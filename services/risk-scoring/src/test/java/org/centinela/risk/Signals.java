package org.centinela.risk;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;

/** Signals and people as intake and escalation publish them, for the tests. */
public final class Signals {

    private Signals() {
    }

    public static SignalReceived fromUnknownNumber(String text) {
        return new SignalReceived(UUID.randomUUID(), SignalReceived.unknownSenderKey("9f86d081"), false,
                SignalType.PANIC, SignalSource.SMS, Instant.now(), text, null, null);
    }

    public static SignalReceived panic(String defenderId, String text) {
        return new SignalReceived(UUID.randomUUID(), defenderId, true, SignalType.PANIC, SignalSource.SMS, Instant.now(),
                text, null, null);
    }

    public static PersonSnapshot defender(String id, int baselineRisk, String country) {
        return new PersonSnapshot(id, PersonRole.DEFENDER, "Marta", "+50255510001", null,
                "es", country, Set.of(Channel.SMS), null, baselineRisk, true, "pbkdf2-sha256$1000$AAAA$AAAA",
                "pbkdf2-sha256$1000$BBBB$BBBB", null, List.of(), Instant.now());
    }
}
