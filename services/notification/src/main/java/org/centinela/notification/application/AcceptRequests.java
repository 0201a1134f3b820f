package org.centinela.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.notification.domain.Step;

/**
 * Requests read from {@code notifications.requested} are recorded, under their idempotency key, before
 * anything is sent: a request delivered again (Kafka redelivers after a crash or a rebalance) finds its key
 * recorded and sends nothing new.
 */
@ApplicationScoped
public class AcceptRequests {

    private final Deliveries deliveries;
    private final Clock clock;

    public AcceptRequests(Deliveries deliveries, Clock clock) {
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Records the requests in one transaction; how many were new. */
    @Transactional
    public int accept(List<NotificationRequested> requests) {
        return deliveries.recordNew(requests.stream().map(AcceptRequests::step).toList(), clock.instant()).size();
    }

    /** The step a request asks for; its delivery id is derived from the idempotency key, so it is stable too. */
    public static Step step(NotificationRequested request) {
        UUID deliveryId = UUID.nameUUIDFromBytes(("delivery:" + request.idempotencyKey()).getBytes(StandardCharsets.UTF_8));
        return new Step(request.idempotencyKey(), deliveryId, request.alertId(), request.alertCode(),
                request.personId(), request.channel(), request.purpose(), request.grade(), request.level(),
                request.round(), request.onIt(), request.brief(), request.briefVersion());
    }
}
