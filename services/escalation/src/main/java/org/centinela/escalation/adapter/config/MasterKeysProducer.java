package org.centinela.escalation.adapter.config;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.centinela.personaldata.LocalMasterKeys;
import org.centinela.personaldata.MasterKeys;

/**
 * The master keys of {@link PersonalDataSettings}, read at start: a malformed one stops it (the message names its id,
 * never a key).
 */
public class MasterKeysProducer {

    @Produces
    @ApplicationScoped
    @Startup
    MasterKeys masterKeys(PersonalDataSettings settings) {
        return LocalMasterKeys.parse(settings.masterKeys());
    }
}
