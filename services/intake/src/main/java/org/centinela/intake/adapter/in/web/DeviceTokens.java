package org.centinela.intake.adapter.in.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.centinela.contracts.directory.DeviceId;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.intake.application.Directory;

/**
 * The panic app authenticates with {@code Authorization: Bearer <device token>}: a token escalation
 * issued to one of a defender's devices, known here only by its keyed fingerprint.
 */
@ApplicationScoped
public class DeviceTokens {

    private static final String BEARER = "Bearer ";

    private final Directory directory;
    private final PepperedHash hashes;

    public DeviceTokens(Directory directory, PepperedHash hashes) {
        this.directory = directory;
        this.hashes = hashes;
    }

    /**
     * The device of a defender that holds the bearer token of {@code authorization}. A token the directory no longer
     * lists (revoked, or every token of hers once her phone is seized) is nobody's, from her next snapshot on.
     */
    public Optional<EnrolledDevice> device(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String tokenHash = hashes.fingerprint(authorization.substring(BEARER.length()).trim());
        return directory.byDeviceToken(tokenHash).filter(p -> p.role() == PersonRole.DEFENDER)
                .map(defender -> new EnrolledDevice(defender, DeviceId.of(tokenHash)));
    }

    /** The defender whose device holds the bearer token of {@code authorization}. */
    public Optional<PersonSnapshot> defender(String authorization) {
        return device(authorization).map(EnrolledDevice::defender);
    }

    /** The token's fingerprint, to rate-limit a device without keeping its token. */
    public String fingerprint(String authorization) {
        return hashes.fingerprint(authorization == null ? "" : authorization);
    }
}
