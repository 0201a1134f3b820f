package org.centinela.escalation.adapter.in.kafka;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.EventJson;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * How escalation takes one event off a topic: a record that is not a valid event goes to the topic's
 * dead-letter topic at once; applying it is tried again a few times with a growing pause (a database
 * fail-over, a lock timeout) before it goes there too. Acknowledged only once applied, so a crash means
 * a redelivery, which the use cases recognise.
 */
final class InboundEvent {

    static final int ATTEMPTS = 4;
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Logger LOG = Logger.getLogger(InboundEvent.class);

    private InboundEvent() {
    }

    static <T extends CentinelaEvent> CompletionStage<Void> apply(Message<byte[]> message, Class<T> type,
            Consumer<T> useCase) {
        T event;
        try {
            event = EventJson.read(message.getPayload(), type);
        } catch (RuntimeException invalid) {
            return message.nack(invalid);
        }
        long pause = FIRST_PAUSE.toMillis();
        for (int attempt = 1; ; attempt++) {
            try {
                useCase.accept(event);
                return message.ack();
            } catch (RuntimeException failure) {
                if (attempt == ATTEMPTS) {
                    return message.nack(failure);
                }
                LOG.warnf("applying a %s failed (attempt %d of %d), trying again: %s", type.getSimpleName(), attempt,
                        ATTEMPTS, failure.getClass().getSimpleName());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return message.nack(failure);
                }
                pause *= 4;
            }
        }
    }
}
