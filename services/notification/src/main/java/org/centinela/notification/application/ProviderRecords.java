package org.centinela.notification.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.centinela.notification.domain.BriefLink;
import org.centinela.notification.domain.Contact;
import org.centinela.notification.domain.Delivery;
import org.centinela.notification.domain.Step;

/**
 * What the provider holds of an attempt cut short (a crash between the provider's answer and its record, or
 * a timeout): a message to her number with the alert's code, or a call to her number, made since the
 * attempt started and not already recorded for another delivery. SMTP cannot be asked: an e-mail is sent
 * again, with the same Message-ID.
 */
final class ProviderRecords {

    private ProviderRecords() {
    }

    /**
     * Whether a message's text may be this step's: it names the alert's code, and it carries a brief page's link
     * exactly when the step is a brief. An alert's SMS and its brief's go to one person at one moment; taking one
     * for the other would leave the alert unsent and send the brief twice.
     */
    static Predicate<String> sentFor(Step step) {
        return text -> text.contains(step.alertCode()) && text.contains(BriefLink.PATH) == step.purpose().isBrief();
    }

    static Optional<String> find(Delivery delivery, Contact contact, SmsGateway sms, VoiceGateway voice,
            Deliveries deliveries, Duration window) {
        Instant since = (delivery.uncertainSince() != null ? delivery.uncertainSince()
                : delivery.attemptStartedAt() != null ? delivery.attemptStartedAt() : delivery.createdAt()).minus(window);
        List<String> candidates;
        switch (delivery.step().channel()) {
            case SMS -> candidates = sms.sentSince(contact.phone(), sentFor(delivery.step()), since);
            case VOICE -> candidates = voice.placedSince(contact.phone(), since);
            default -> candidates = List.of();
        }
        return candidates.stream().filter(id -> !deliveries.providerIdTaken(id)).findFirst();
    }
}
