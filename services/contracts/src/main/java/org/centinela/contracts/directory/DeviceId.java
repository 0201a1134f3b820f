package org.centinela.contracts.directory;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.centinela.contracts.Invariants;

/**
 * The id of an enrolled device of a defender's panic app, derived from the keyed hash of its token: escalation
 * lists and revokes devices by it, intake names it on the signals a device sends, and neither needs a table of
 * ids, nor does the id reveal anything of the token.
 */
public final class DeviceId {

    private DeviceId() {
    }

    /** The device whose token has the keyed hash {@code tokenHash}. */
    public static UUID of(String tokenHash) {
        Invariants.nonBlank(tokenHash, "tokenHash");
        return UUID.nameUUIDFromBytes(("device:" + tokenHash).getBytes(StandardCharsets.UTF_8));
    }
}
