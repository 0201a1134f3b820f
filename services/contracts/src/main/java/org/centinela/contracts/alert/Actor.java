package org.centinela.contracts.alert;

import org.centinela.contracts.Invariants;

/**
 * Who acted on an alert.
 *
 * @param type the part she plays
 * @param id   her person id in the directory (for an operator, her Keycloak user name)
 */
public record Actor(ActorType type, String id) {

    public Actor {
        Invariants.present(type, "actor.type");
        Invariants.nonBlank(id, "actor.id");
    }
}
