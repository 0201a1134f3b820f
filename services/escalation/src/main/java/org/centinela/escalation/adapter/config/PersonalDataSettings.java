package org.centinela.escalation.adapter.config;

import io.smallrye.config.ConfigMapping;

/** How people's personal data is sealed at rest ({@code centinela.personal-data}). */
@ConfigMapping(prefix = "centinela.personal-data")
public interface PersonalDataSettings {

    /**
     * The master keys that wrap each person's data key, {@code <id>:<base64 of 32 bytes>} separated by commas, the
     * current one first ({@code CENTINELA_MASTER_KEYS}); the others only unwrap, until a rotation rewraps every data
     * key under the current one.
     */
    String masterKeys();
}
