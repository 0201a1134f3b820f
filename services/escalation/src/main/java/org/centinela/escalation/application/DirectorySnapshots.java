package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.centinela.contracts.Topics;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.notification.Channel;
import org.centinela.escalation.domain.directory.Defender;
import org.centinela.escalation.domain.directory.Device;
import org.centinela.escalation.domain.directory.Responder;
import org.centinela.outbox.Outbox;

/**
 * Tells the other services of every change of a person: her whole current snapshot on the compacted
 * {@code directory.people} (key: her id), or a tombstone when she leaves, through the outbox in the
 * transaction of the change.
 */
@ApplicationScoped
public class DirectorySnapshots {

    /** A defender is answered discreetly by SMS; she is never called or mailed about her own alert. */
    private static final Set<Channel> DEFENDER_CHANNELS = Set.of(Channel.SMS);

    private final Outbox outbox;

    public DirectorySnapshots(Outbox outbox) {
        this.outbox = outbox;
    }

    public void publish(Responder responder, Instant at) {
        outbox.append(new PersonSnapshot(responder.id(), PersonRole.RESPONDER, responder.name(), responder.phone(),
                responder.email(), responder.language(), null, responder.channels(), responder.username(), 0, true,
                null, null, null, List.of(), at));
    }

    /**
     * Her snapshot with the token fingerprints of {@code devices} (none when her phone is marked seized), whether her
     * phone is, and the fingerprint of the code word that says so.
     */
    public void publish(Defender defender, List<Device> devices, Instant at) {
        Defender.Profile profile = defender.profile();
        Defender.Secrets secrets = defender.secrets();
        outbox.append(new PersonSnapshot(defender.id(), PersonRole.DEFENDER, profile.name(), profile.phone(), null,
                profile.language(), profile.country(), DEFENDER_CHANNELS, null, profile.baselineRisk(),
                profile.smsReplies(), secrets.pinHash(), secrets.duressPinHash(), secrets.codeWordHash(),
                devices.stream().map(Device::tokenHash).toList(), at)
                .withSeizure(defender.phoneSeized(), secrets.seizedCodeWordHash()));
    }

    /** She left the directory: the tombstone that removes her from every copy. */
    public void remove(String personId) {
        outbox.tombstone(Topics.DIRECTORY_PEOPLE, personId);
    }
}
