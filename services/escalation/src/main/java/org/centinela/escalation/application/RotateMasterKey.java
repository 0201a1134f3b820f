package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.centinela.escalation.domain.AuditAction;

/**
 * An operator finishes a master key rotation: every person's data key is wrapped again under the current master key
 * (the first of {@code CENTINELA_MASTER_KEYS}), in one transaction, and audited. After it, the old master key can
 * be removed from the configuration. No sealed field changes: the data keys themselves stay.
 */
@ApplicationScoped
public class RotateMasterKey {

    private final DataKeys dataKeys;
    private final AuditTrail audit;
    private final Clock clock;

    public RotateMasterKey(DataKeys dataKeys, AuditTrail audit, Clock clock) {
        this.dataKeys = dataKeys;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DataKeys.Rewrapping rotate(String actor) {
        DataKeys.Rewrapping rewrapping = dataKeys.rewrapUnderCurrentMasterKey();
        audit.append(clock.instant(), actor, AuditAction.REWRAP_DATA_KEYS, Subjects.masterKey(rewrapping.masterKeyId()));
        return rewrapping;
    }
}
