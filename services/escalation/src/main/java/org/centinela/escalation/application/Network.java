package org.centinela.escalation.application;

import java.util.Optional;
import org.centinela.escalation.domain.alert.Reach;

/** The network directory as the engine, the policies and the role checks read it. */
public interface Network extends Reach {

    /** Whether a responder with this id exists. */
    boolean responderExists(String responderId);

    /** The id of the policy that protects defender {@code defenderId}; empty when there is no such defender. */
    Optional<String> policyOf(String defenderId);

    /** The id of the responder who signs in as Keycloak user {@code username}; empty when none does. */
    Optional<String> responderIdOf(String username);

    /** Whether defender {@code defenderId}'s phone is marked seized; false for anyone else. */
    boolean phoneSeized(String defenderId);
}
