package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.directory.Defender;

/**
 * An operator enrols a defender's phone for the panic app: a fresh token of {@value #TOKEN_BYTES} random
 * bytes, shown once and never kept, only its keyed fingerprint ({@link PepperedHash#fingerprint}), which is
 * what intake compares with the app's bearer token. Her snapshot with the new fingerprint goes to
 * {@code directory.people}.
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

    /** The new token, URL-safe Base64 without padding: give it to her app, it is not kept. */
    @Transactional
    public String issue(String actor, String defenderId) {
        Defender defender = people.defender(defenderId)
                .orElseThrow(() -> new NotInDirectory("no defender " + defenderId));
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        people.addDevice(defenderId, hashes.fingerprint(token), now);
        snapshots.publish(defender, people.deviceTokenHashes(defenderId), now);
        audit.append(now, actor, AuditAction.ISSUE_DEVICE_TOKEN, Subjects.defender(defenderId));
        return token;
    }
}
