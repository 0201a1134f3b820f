package org.centinela.inbound;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.Config;

/**
 * The metrics of the consumers, per channel (never a record's key, value or alert id):
 * {@code centinela_consumer_waiting{channel}} (1 while a record waits to be tried again, else 0),
 * {@code centinela_consumer_waiting_seconds{channel}} (how long it has waited since its first failed attempt),
 * {@code centinela_consumer_retries_total{channel,reason}} and
 * {@code centinela_consumer_dead_letters_total{channel,topic,reason}} ({@code topic} is the topic the record came
 * from; its dead letters are on {@code <topic>.dlq}). Every incoming channel of the service is registered when it
 * starts, the dead letters of both reasons at 0, so that a rule sees the series before anything happened.
 */
final class ConsumerMetrics {

    static final String INCOMING = "mp.messaging.incoming.";
    /** The reasons a record is dead-lettered for: it breaks the contract, or failed unexpectedly too many times. */
    static final List<String> DEAD_LETTER_REASONS = List.of("unreadable", "unexpected");

    /** When a record of the channel started waiting, in epoch milliseconds; 0 while none waits. */
    private record Waiting(AtomicLong since) {
    }

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, Waiting> waiting = new ConcurrentHashMap<>();
    private final Map<String, String> topics = new ConcurrentHashMap<>();

    ConsumerMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** Registers every incoming channel of {@code config}, with the topic it reads (its name, unless set). */
    void registerChannels(Config config) {
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(INCOMING) && name.endsWith(".connector")) {
                String channel = name.substring(INCOMING.length(), name.length() - ".connector".length());
                register(channel, config.getOptionalValue(INCOMING + channel + ".topic", String.class).orElse(channel));
            }
        }
    }

    /** Registers the metrics of {@code channel}, which reads {@code topic}. */
    void register(String channel, String topic) {
        topics.put(channel, topic);
        waiting(channel);
        for (String reason : DEAD_LETTER_REASONS) {
            deadLetters(channel, reason);
        }
    }

    /** A record of {@code channel} failed an attempt for {@code reason} and waits to be tried again. */
    void retried(String channel, String reason) {
        waiting(channel).since().compareAndSet(0, clock.millis());
        Counter.builder("centinela.consumer.retries").description("Failed attempts to apply a record, tried again")
                .tags(Tags.of("channel", channel, "reason", reason)).register(registry).increment();
    }

    /** The record of {@code channel} that waited, if any, is applied, rejected or given up. */
    void doneWaiting(String channel) {
        waiting(channel).since().set(0);
    }

    /** A record of {@code channel} was dead-lettered for {@code reason}. */
    void deadLettered(String channel, String reason) {
        deadLetters(channel, reason).increment();
    }

    private Counter deadLetters(String channel, String reason) {
        return Counter.builder("centinela.consumer.dead.letters").description("Records sent to a dead-letter topic")
                .tags(Tags.of("channel", channel, "topic", topics.getOrDefault(channel, channel), "reason", reason))
                .register(registry);
    }

    private Waiting waiting(String channel) {
        return waiting.computeIfAbsent(channel, name -> {
            Waiting state = new Waiting(new AtomicLong());
            Gauge.builder("centinela.consumer.waiting", state, w -> w.since().get() == 0 ? 0 : 1)
                    .description("1 while a record of the channel waits to be tried again, else 0")
                    .tags(Tags.of("channel", name)).register(registry);
            Gauge.builder("centinela.consumer.waiting.seconds", state, this::secondsWaiting)
                    .description("Seconds the record of the channel that waits has waited since its first failed attempt")
                    .tags(Tags.of("channel", name)).register(registry);
            return state;
        });
    }

    private double secondsWaiting(Waiting state) {
        long since = state.since().get();
        return since == 0 ? 0 : Math.max(0, clock.millis() - since) / 1000.0;
    }
}
