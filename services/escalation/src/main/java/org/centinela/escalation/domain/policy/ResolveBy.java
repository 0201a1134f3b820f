package org.centinela.escalation.domain.policy;

/**
 * Who may end an alert of a policy with RESOLVE. An operator may always, whatever the rule; after a duress signal
 * only an operator may, recording how she verified the defender.
 */
public enum ResolveBy {
    /** Any responder the alert contacted, alone. */
    ANY_RESPONDER,
    /**
     * As many distinct responders as the quorum of a level the alert started, all of that level's people: counted
     * level by level, as the acknowledgements are.
     */
    QUORUM,
    /** Only an operator; a responder's RESOLVE is recorded and changes nothing. */
    OPERATOR;

    /** The rule of a policy that does not say, also of the versions stored before policies said it. */
    public static final ResolveBy DEFAULT = QUORUM;
}
