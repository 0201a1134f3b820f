package org.centinela.notification.adapter.in.kafka;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.inbound.Inbound;
import org.centinela.notification.adapter.in.dispatch.Dispatcher;
import org.centinela.notification.application.AcceptRequests;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * {@code notifications.requested} (key: alertId), in batches of what the consumer polled, the shared way
 * ({@link Inbound#applyBatch}): every request is recorded under its idempotency key in one transaction, then the
 * senders are woken, and only then is the batch acknowledged (its offsets committed). A crash before that
 * redelivers the batch, whose keys are found recorded: nothing is sent twice. A record that is not a request goes
 * to {@code notifications.requested.dlq} with the reason in {@code dead-letter-reason}; a database that is down is
 * waited for, never skipped.
 */
@ApplicationScoped
public class RequestsConsumer {

    public static final String CHANNEL = "requests";
    public static final String DEAD_LETTERS = "requests-dead-letters";

    private final AcceptRequests acceptRequests;
    private final Dispatcher dispatcher;
    private final MutinyEmitter<byte[]> deadLetters;
    private final Inbound inbound;

    public RequestsConsumer(AcceptRequests acceptRequests, Dispatcher dispatcher,
            @Channel(DEAD_LETTERS) MutinyEmitter<byte[]> deadLetters, Inbound inbound) {
        this.acceptRequests = acceptRequests;
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
        this.inbound = inbound;
    }

    @Incoming(CHANNEL)
    @Blocking
    public CompletionStage<Void> consume(Message<List<byte[]>> batch) {
        return inbound.applyBatch(CHANNEL, batch, NotificationRequested.class, deadLetters, acceptRequests::accept,
                accepted -> {
                    if (!accepted.isEmpty()) {
                        dispatcher.wake();
                    }
                    return Uni.createFrom().voidItem();
                });
    }
}
