package org.centinela.escalation.domain.alert;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.centinela.contracts.notification.Channel;

/**
 * What one person holds of an alert's brief: where updates reach her, what she has, and when she last got it.
 *
 * @param channels the channels that took the brief to her and can take updates (SMS, EMAIL; a call cannot)
 * @param version  the latest version of the brief she was sent
 * @param sentAt   when she was last sent it or an update of it: the gap between two updates counts from here
 * @param updates  how many updates she was sent; her next one is round {@code updates + 1}
 */
public record BriefCopy(Set<Channel> channels, long version, Instant sentAt, int updates) {

    public BriefCopy {
        Objects.requireNonNull(sentAt, "sentAt");
        channels = channels == null || channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
        if (channels.contains(Channel.VOICE)) {
            throw new IllegalArgumentException("a call takes no update of the brief");
        }
    }

    /** She was sent version {@code sent} on {@code channel} at {@code at}, as update {@code update} (0: no update). */
    static BriefCopy sent(BriefCopy held, Channel channel, long sent, Instant at, int update) {
        Set<Channel> reaching = EnumSet.noneOf(Channel.class);
        if (held != null) {
            reaching.addAll(held.channels);
        }
        if (channel != Channel.VOICE) {
            reaching.add(channel);
        }
        return held == null ? new BriefCopy(reaching, sent, at, update)
                : new BriefCopy(reaching, Math.max(held.version, sent), at.isAfter(held.sentAt) ? at : held.sentAt,
                        Math.max(held.updates, update));
    }
}
