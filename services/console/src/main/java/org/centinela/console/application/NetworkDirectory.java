package org.centinela.console.application;

import java.util.List;
import org.centinela.console.domain.network.Defender;
import org.centinela.console.domain.network.DefenderEntry;
import org.centinela.console.domain.network.DirectoryPage;
import org.centinela.console.domain.network.Responder;
import org.centinela.console.domain.network.ResponderGroup;

/**
 * escalation's directory of the network — defenders, responders, groups — read and written with the signed-in
 * person's token, so escalation alone decides who manages it (operators, contract §4; {@code NotAllowed} for
 * anyone else, {@code NotFound} for an id that names nothing). A save it refuses throws {@code EntryRefused}.
 */
public interface NetworkDirectory {

    /** Responders whose name contains {@code search} (any case; blank: all), a page from {@code offset}. */
    DirectoryPage<Responder> responders(String search, int offset);

    /** Every responder, by name: the people a group may have as members. */
    List<Responder> everyResponder();

    Responder responder(String id);

    /** The new responder's id. */
    String addResponder(Responder responder);

    void changeResponder(String id, Responder responder);

    /**
     * Takes her out of the network: every service forgets her and she is alerted no more. A policy or group that
     * still names her keeps her: {@code EntryRefused}, a conflict whose message says which.
     */
    void removeResponder(String id);

    DirectoryPage<Defender> defenders(String search, int offset);

    Defender defender(String id);

    /** The new defender's id. */
    String addDefender(DefenderEntry entry);

    void changeDefender(String id, DefenderEntry entry);

    /** Takes her and her devices out of the network: her SOS comes in as a stranger's from then on. */
    void removeDefender(String id);

    DirectoryPage<ResponderGroup> groups(String search, int offset);

    ResponderGroup group(String id);

    /** Whether a group has this id already. */
    boolean groupExists(String id);

    /** Creates or replaces the group {@code group.id()}. */
    void saveGroup(ResponderGroup group);

    /** Removes a group; one that a policy still names is kept ({@code EntryRefused}, a conflict saying which). */
    void removeGroup(String id);
}
