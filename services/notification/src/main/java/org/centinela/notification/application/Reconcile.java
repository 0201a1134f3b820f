package org.centinela.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.centinela.notification.domain.Contact;
import org.centinela.notification.domain.Delivery;
import org.jboss.logging.Logger;

/**
 * Deliveries left SENDING longer than any attempt can last belong to a sender that died between calling
 * the provider and recording its answer. Each is looked for at the provider: found, its id is recorded
 * and nothing is sent again; not found, it is due again now. Runs at start and then periodically.
 */
@ApplicationScoped
public class Reconcile {

    private static final Logger LOG = Logger.getLogger(Reconcile.class);
    private static final int BATCH = 50;

    private final Deliveries deliveries;
    private final Directory directory;
    private final SmsGateway sms;
    private final VoiceGateway voice;
    private final Outcomes outcomes;
    private final SendSettings settings;
    private final Duration lease;
    private final Clock clock;

    public Reconcile(Deliveries deliveries, Directory directory, SmsGateway sms, VoiceGateway voice, Outcomes outcomes,
            SendSettings settings, SendingLease lease, Clock clock) {
        this.deliveries = deliveries;
        this.directory = directory;
        this.sms = sms;
        this.voice = voice;
        this.outcomes = outcomes;
        this.settings = settings;
        this.lease = lease.duration();
        this.clock = clock;
    }

    /** Reconciles the abandoned deliveries; how many. */
    public int abandoned() {
        int total = 0;
        List<Delivery> batch;
        do {
            Instant now = clock.instant();
            batch = deliveries.claimAbandoned(now.minus(lease), now, BATCH);
            for (Delivery delivery : batch) {
                reconcile(delivery);
            }
            total += batch.size();
        } while (batch.size() == BATCH);
        return total;
    }

    private void reconcile(Delivery delivery) {
        Optional<Contact> contact = directory.byId(delivery.step().personId());
        Optional<String> found;
        try {
            found = contact.isEmpty() ? Optional.empty()
                    : ProviderRecords.find(delivery, contact.get(), sms, voice, deliveries, settings.reconcileWindow());
        } catch (RuntimeException providerDown) {
            LOG.warnf("delivery %s not reconciled yet: %s", delivery.step().deliveryId(), providerDown.getClass().getSimpleName());
            return;
        }
        LOG.infof("delivery %s abandoned while SENDING: %s", delivery.step().deliveryId(),
                found.isPresent() ? "the provider has it, recorded" : "the provider has nothing, sending again");
        outcomes.reconciled(delivery.step().deliveryId(), found);
    }

    /** How long an attempt may last at most; a delivery SENDING for longer was abandoned. */
    public record SendingLease(Duration duration) {
        public SendingLease {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("the sending lease must be positive");
            }
        }
    }
}
