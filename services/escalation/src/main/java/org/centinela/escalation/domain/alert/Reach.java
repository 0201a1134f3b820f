package org.centinela.escalation.domain.alert;

import java.util.Optional;
import java.util.Set;
import org.centinela.contracts.notification.Channel;

/** What the engine needs to know of the network to reach people: who is in a group, and how to contact a person. */
public interface Reach {

    /** The responder ids of group {@code groupId}; empty when there is no such group. */
    Optional<Set<String>> groupMembers(String groupId);

    /** The channels person {@code personId} can be contacted on, in the order SMS, VOICE, EMAIL; empty when unknown. */
    Set<Channel> channelsOf(String personId);
}
