package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.directory.Defender;
import org.centinela.escalation.domain.directory.Device;

/**
 * An operator revokes a device of a defender's panic app, or all of them (a phone lost, stolen, replaced): the device
 * is forgotten and her snapshot without its token fingerprint goes to {@code directory.people} in the same
 * transaction, so intake refuses its token as soon as it reads the snapshot. Audited.
 */
@ApplicationScoped
public class RevokeDevices {

    private final People people;
    private final DirectorySnapshots snapshots;
    private final AuditTrail audit;
    private final Clock clock;

    public RevokeDevices(People people, DirectorySnapshots snapshots, AuditTrail audit, Clock clock) {
        this.people = people;
        this.snapshots = snapshots;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Revokes her device {@code deviceId}.
     *
     * @throws NotInDirectory when there is no such defender, or she has no such device
     */
    @Transactional
    public void revoke(String actor, String defenderId, UUID deviceId) {
        Defender defender = defender(defenderId);
        Device device = people.devices(defenderId).stream().filter(hers -> hers.id().equals(deviceId)).findFirst()
                .orElseThrow(() -> new NotInDirectory("defender " + defenderId + " has no device " + deviceId));
        people.removeDevice(device.tokenHash());
        published(actor, defender, AuditAction.REVOKE_DEVICE);
    }

    /**
     * Revokes every device of hers (none is fine).
     *
     * @throws NotInDirectory when there is no such defender
     */
    @Transactional
    public void revokeAll(String actor, String defenderId) {
        Defender defender = defender(defenderId);
        people.removeDevices(defenderId);
        published(actor, defender, AuditAction.REVOKE_ALL_DEVICES);
    }

    private Defender defender(String defenderId) {
        return people.lockDefender(defenderId).orElseThrow(() -> new NotInDirectory("no defender " + defenderId));
    }

    private void published(String actor, Defender defender, AuditAction action) {
        Instant now = clock.instant();
        snapshots.publish(defender, people.devices(defender.id()), now);
        audit.append(now, actor, action, Subjects.defender(defender.id()));
    }
}
