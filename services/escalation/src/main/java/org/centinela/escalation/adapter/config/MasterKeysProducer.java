package org.centinela.escalation.adapter.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.centinela.personaldata.LocalMasterKeys;
import org.centinela.personaldata.MasterKeys;

/** The master keys of {@link PersonalDataSettings}; a malformed one stops the start (the message names no key). */
public class MasterKeysProducer {

    @Produces
    @ApplicationScoped
    MasterKeys masterKeys(PersonalDataSettings settings) {
        return LocalMasterKeys.parse(settings.masterKeys());
    }
}
