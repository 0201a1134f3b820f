package org.centinela.escalation.domain.alert;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.centinela.contracts.notification.Channel;

/**
 * A person an alert has contacted.
 *
 * @param personId  who
 * @param homeLevel the level that contacted her first, whose re-contacts include her
 * @param failed    the channels whose delivery to her failed for good during this alert
 * @param declined  whether she said she cannot help (she is not re-contacted)
 */
public record Recipient(String personId, int homeLevel, Set<Channel> failed, boolean declined) {

    public Recipient {
        Objects.requireNonNull(personId, "personId");
        failed = failed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(failed));
    }

    Recipient withFailed(Channel channel) {
        Set<Channel> more = failed.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(failed);
        more.add(channel);
        return new Recipient(personId, homeLevel, more, declined);
    }

    Recipient declining() {
        return new Recipient(personId, homeLevel, failed, true);
    }
}
