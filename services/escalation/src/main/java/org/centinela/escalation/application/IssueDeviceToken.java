package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.centinela.contracts.directory.DeviceId;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.directory.Defender;

/**
 * An operator enrols a defender's phone for the panic app: a fresh token of {@value #TOKEN_BYTES} random
 * bytes, shown once and never kept, only its keyed fingerprint ({@link PepperedHash#fingerprint}), which is
 * what intake compares with the app's bearer token. Her snapshot with the new fingerprint goes to
 * {@code directory.people}. Her other devices are kept (she may have two phones): they are listed and revoked one by
 * one or all at once ({@link RevokeDevices}). While her phone is marked seized no device is enrolled: the mode is
 * cleared first, once she was verified another way.
 */
@ApplicationScoped
public class IssueDeviceToken {

    public static final int TOKEN_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final People people;
    private final DirectorySnapshots snapshots;
    private final AuditTrail audit;
    private final PepperedHash hashes;
    private final Clock clock;

    public IssueDeviceToken(People people, DirectorySnapshots snapshots, AuditTrail audit, PepperedHash hashes,
            Clock clock) {
        this.people = people;
        this.snapshots = snapshots;
        this.audit = audit;
        this.hashes = hashes;
        this.clock = clock;
    }

    /**
     * The new device: its id, and its token in URL-safe Base64 without padding (give it to her app, it is not kept).
     *
     * @throws NotInDirectory     when there is no such defender
     * @throws DirectoryConflict while her phone is marked seized
     */
    @Transactional
    public IssuedDevice issue(String actor, String defenderId) {
        Defender defender = people.lockDefender(defenderId)
                .orElseThrow(() -> new NotInDirectory("no defender " + defenderId));
        if (defender.phoneSeized()) {
            throw new DirectoryConflict(null, "the phone of defender " + defenderId + " is marked seized: clear the"
                    + " mode, once she was verified another way, before enrolling a device");
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String tokenHash = hashes.fingerprint(token);
        Instant now = clock.instant();
        people.addDevice(defenderId, tokenHash, now);
        snapshots.publish(defender, people.devices(defenderId), now);
        audit.append(now, actor, AuditAction.ISSUE_DEVICE_TOKEN, Subjects.defender(defenderId));
        return new IssuedDevice(DeviceId.of(tokenHash), token);
    }

    /** A device just enrolled: its id, and its token, which is shown this once. {@link #toString()} withholds it. */
    public record IssuedDevice(UUID deviceId, String token) {

        @Override
        public String toString() {
            return "IssuedDevice[deviceId=" + deviceId + "]";
        }
    }
}
