package org.centinela.notification.application;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.centinela.contracts.notification.Channel;
import org.centinela.notification.domain.SendRate;

/**
 * How fast each sender may send: SMS and calls go out from Centinela's Twilio number (1 message a second
 * for a long code), e-mail through the SMTP relay. A sender takes the right to send before it takes a
 * delivery, so that when rights are scarce the queue's order (CRITICAL first) decides who gets them.
 */
public final class SendRates {

    private final Map<Channel, SendRate> rates = new EnumMap<>(Channel.class);
    private final java.util.function.LongSupplier nanoTime;

    /** @param perSecond messages a second per channel; 0 or less for no limit */
    public SendRates(Map<Channel, Double> perSecond, java.util.function.LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        long now = nanoTime.getAsLong();
        for (Channel channel : Channel.values()) {
            rates.put(channel, new SendRate(perSecond.getOrDefault(channel, 0d), now));
        }
    }

    /** The channels on which one message may be sent now; each right taken must be used or given back. */
    public Set<Channel> take() {
        long now = nanoTime.getAsLong();
        Set<Channel> open = EnumSet.noneOf(Channel.class);
        rates.forEach((channel, rate) -> {
            if (rate.tryTake(now)) {
                open.add(channel);
            }
        });
        return open;
    }

    /** Gives back the rights taken on {@code channels} and not used. */
    public void giveBack(Set<Channel> channels) {
        channels.forEach(channel -> rates.get(channel).giveBack());
    }

    /** Nanoseconds until a channel that may not send now may send again; 0 when every channel may send. */
    public long nanosUntilNext() {
        long now = nanoTime.getAsLong();
        return rates.values().stream().mapToLong(rate -> rate.nanosUntilNext(now)).filter(nanos -> nanos > 0).min()
                .orElse(0);
    }
}
