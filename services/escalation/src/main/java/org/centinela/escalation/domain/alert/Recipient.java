package org.centinela.escalation.domain.alert;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.centinela.contracts.notification.Channel;

/**
 * A person an alert has contacted.
 *
 * @param personId  who
 * @param homeLevel the level that contacted her first, whose re-contacts include her (0: an operator on duty, paged)
 * @param failed    the channels whose delivery to her failed for good during this alert
 * @param declined  whether she said she cannot help (she is not re-contacted)
 * @param paged     whether she was paged as an operator on duty (she may then know the brief, whatever her level)
 * @param brief     what she holds of the alert's brief; null while she was sent none
 */
public record Recipient(String personId, int homeLevel, Set<Channel> failed, boolean declined, boolean paged,
        BriefCopy brief) {

    public Recipient {
        Objects.requireNonNull(personId, "personId");
        failed = failed == null || failed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(failed));
    }

    /** Someone just contacted at level {@code homeLevel} (0 for an operator paged). */
    static Recipient contacted(String personId, int homeLevel) {
        return new Recipient(personId, homeLevel, Set.of(), false, false, null);
    }

    Recipient withFailed(Channel channel) {
        Set<Channel> more = failed.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(failed);
        more.add(channel);
        return new Recipient(personId, homeLevel, more, declined, paged, brief);
    }

    Recipient declining() {
        return new Recipient(personId, homeLevel, failed, true, paged, brief);
    }

    Recipient paging() {
        return new Recipient(personId, homeLevel, failed, declined, true, brief);
    }

    Recipient holding(BriefCopy copy) {
        return new Recipient(personId, homeLevel, failed, declined, paged, copy);
    }

    /** The channels an update of the brief can reach her on: those that took it to her and did not fail since. */
    Set<Channel> updateChannels() {
        if (brief == null) {
            return Set.of();
        }
        Set<Channel> usable = EnumSet.noneOf(Channel.class);
        brief.channels().stream().filter(channel -> !failed.contains(channel)).forEach(usable::add);
        return usable;
    }
}
