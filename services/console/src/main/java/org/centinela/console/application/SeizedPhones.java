package org.centinela.console.application;

/**
 * A defender's "phone seized" mode in escalation, set and cleared with the signed-in operator's token: her phone
 * may be in other hands. Marking it revokes every device of her panic app; her SMS still raise alerts but cancel
 * nothing, and escalation warns whoever her open alerts contacted. A defender escalation does not know is
 * {@code NotFound}; a change it refuses, {@code EntryRefused}.
 */
public interface SeizedPhones {

    void markSeized(String defenderId);

    /**
     * Ends the mode, saying how the operator verified that it is her ({@code verification}, which escalation
     * audits and requires: refused naming {@code verification} when missing).
     */
    void clear(String defenderId, String verification);
}
