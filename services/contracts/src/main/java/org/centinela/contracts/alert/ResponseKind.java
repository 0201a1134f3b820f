package org.centinela.contracts.alert;

import java.util.EnumSet;
import java.util.Set;

/** What a response says about an alert, and who may say it. */
public enum ResponseKind {
    /** "I'm on it": counts towards the level's quorum. */
    ACK(ActorType.RESPONDER, ActorType.OPERATOR),
    /** "I can't": the escalation stops waiting for her. */
    DECLINE(ActorType.RESPONDER, ActorType.OPERATOR),
    /** The danger is over. */
    RESOLVE(ActorType.RESPONDER, ActorType.OPERATOR),
    /** The defender withdraws her alert with her valid PIN (the duress PIN raises a DURESS signal instead). */
    CANCEL(ActorType.DEFENDER);

    private final Set<ActorType> allowedActors;

    ResponseKind(ActorType first, ActorType... rest) {
        this.allowedActors = EnumSet.of(first, rest);
    }

    /** Whether a person playing {@code actor} may give this response. */
    public boolean allowedFrom(ActorType actor) {
        return allowedActors.contains(actor);
    }
}
