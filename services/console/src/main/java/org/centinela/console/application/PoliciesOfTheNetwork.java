package org.centinela.console.application;

import java.util.List;
import org.centinela.console.domain.Policy;

/**
 * escalation's policies, as the signed-in person may read and write them: every call carries her own access
 * token, so escalation alone decides (contract §4: operators manage policies, auditors read them).
 */
public interface PoliciesOfTheNetwork {

    /** The current version of every policy. */
    List<Policy> all();

    /** The current version of one policy; {@code NotFound} or {@code NotAllowed} when escalation says so. */
    Policy current(String id);

    /**
     * Saves {@code policy} as its next version and answers the version escalation now holds;
     * {@code PolicyRefused} with every wrong field, or {@code NotAllowed}.
     */
    Policy save(Policy policy);
}
