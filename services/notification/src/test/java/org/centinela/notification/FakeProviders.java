package org.centinela.notification;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centinela.contracts.notification.Channel;
import org.centinela.notification.application.MailGateway;
import org.centinela.notification.application.SmsGateway;
import org.centinela.notification.application.VoiceGateway;
import org.centinela.notification.domain.Email;
import org.centinela.notification.domain.SendResult;
import org.centinela.notification.domain.Speech;

/**
 * Twilio and SMTP as the in-process tests see them: every send is recorded, answers can be planned
 * (a 5xx, a timeout, a refusal), and what the provider "holds" can be set for reconciliation.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FakeProviders implements SmsGateway, VoiceGateway, MailGateway {

    /** One message, call or e-mail that reached the fake provider. */
    public record Sent(Channel channel, UUID deliveryId, String to, String text, Speech speech, Email email,
            String providerId) {
    }

    /** A message or call the provider holds, for {@code sentSince} and {@code placedSince}. */
    public record Held(Channel channel, String to, String text, String providerId, Instant createdAt) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final List<Held> held = new CopyOnWriteArrayList<>();
    private final Map<Channel, Deque<SendResult>> planned = new EnumMap<>(Channel.class);
    private volatile boolean lookupsFail;

    public synchronized void reset() {
        sent.clear();
        held.clear();
        planned.clear();
        lookupsFail = false;
    }

    /** Whether asking the provider what it holds fails (Twilio down). */
    public void lookupsFail(boolean fail) {
        lookupsFail = fail;
    }

    /** The next answers on {@code channel}, in order; after them every send is accepted. */
    public synchronized void plan(Channel channel, SendResult... results) {
        planned.computeIfAbsent(channel, c -> new ArrayDeque<>()).addAll(List.of(results));
    }

    /** The provider holds this message or call (an attempt it took that was never recorded). */
    public void holds(Held message) {
        held.add(message);
    }

    public List<Sent> sent(Channel channel) {
        return sent.stream().filter(s -> s.channel() == channel).toList();
    }

    public List<Sent> sentTo(String to) {
        return sent.stream().filter(s -> s.to().equals(to)).toList();
    }

    @Override
    public SendResult send(UUID deliveryId, String to, String text) {
        return answer(new Sent(Channel.SMS, deliveryId, to, text, null, null, null));
    }

    @Override
    public SendResult call(UUID deliveryId, String to, Speech speech) {
        return answer(new Sent(Channel.VOICE, deliveryId, to, null, speech, null, null));
    }

    @Override
    public SendResult send(UUID deliveryId, String to, Email email) {
        return answer(new Sent(Channel.EMAIL, deliveryId, to, null, null, email, null));
    }

    @Override
    public List<String> sentSince(String to, java.util.function.Predicate<String> text, Instant since) {
        if (lookupsFail) {
            throw new IllegalStateException("Twilio is down");
        }
        return held.stream().filter(h -> h.channel() == Channel.SMS && h.to().equals(to) && text.test(h.text())
                && !h.createdAt().isBefore(since)).map(Held::providerId).toList();
    }

    @Override
    public List<String> placedSince(String to, Instant since) {
        return held.stream().filter(h -> h.channel() == Channel.VOICE && h.to().equals(to)
                && !h.createdAt().isBefore(since)).map(Held::providerId).toList();
    }

    /** The next send on {@code channel} throws, as an adapter with a bug would. */
    public synchronized void planCrash(Channel channel) {
        planned.computeIfAbsent(channel, c -> new ArrayDeque<>()).add(CRASH);
    }

    private static final SendResult CRASH = SendResult.accepted("crash");

    private SendResult answer(Sent attempt) {
        SendResult result;
        synchronized (this) {
            Deque<SendResult> next = planned.get(attempt.channel());
            result = next == null || next.isEmpty() ? null : next.poll();
        }
        if (result == CRASH) {
            throw new IllegalStateException("the adapter failed");
        }
        if (result == null) {
            String id = (attempt.channel() == Channel.VOICE ? "CA" : attempt.channel() == Channel.SMS ? "SM" : "<")
                    + UUID.randomUUID().toString().replace("-", "");
            result = SendResult.accepted(id);
        }
        if (result instanceof SendResult.Accepted accepted) {
            sent.add(new Sent(attempt.channel(), attempt.deliveryId(), attempt.to(), attempt.text(), attempt.speech(),
                    attempt.email(), accepted.providerId()));
        }
        return result;
    }

    /** Every attempt that was answered, accepted or not. */
    public List<Sent> all() {
        return new ArrayList<>(sent);
    }
}
