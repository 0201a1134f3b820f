package org.centinela.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.centinela.outbox.Outbox;
import org.centinela.notification.domain.AckLink;
import org.centinela.notification.domain.Contact;
import org.centinela.notification.domain.Delivery;
import org.centinela.notification.domain.Languages;
import org.centinela.notification.domain.Step;

/**
 * The acknowledgement link of an e-mail. Looking at it ({@link #look}) changes nothing — mail scanners
 * open links; confirming it ({@link #confirm}) acknowledges the alert once: a link used before, expired,
 * forged or never issued acknowledges nothing.
 */
@ApplicationScoped
public class AcknowledgeByLink {

    /** What a link is, or what confirming it did. */
    public enum Verdict {
        /** Valid and unused: the page offers to confirm. */
        OPEN,
        /** Confirmed now: the acknowledgement is published. */
        ACKNOWLEDGED,
        /** Used before: nothing more happens. */
        ALREADY_USED,
        EXPIRED,
        /** Not a link of ours. */
        FORGED
    }

    /** The verdict, and for a link of ours the alert's code and the language of the page. */
    public record Result(Verdict verdict, String alertCode, String language) {
    }

    private final AckLink ackLink;
    private final AckLinks links;
    private final Deliveries deliveries;
    private final Directory directory;
    private final Outbox outbox;
    private final Responses responses;
    private final Languages languages;
    private final Clock clock;

    public AcknowledgeByLink(AckLink ackLink, AckLinks links, Deliveries deliveries, Directory directory, Outbox outbox,
            Responses responses, Languages languages, Clock clock) {
        this.ackLink = ackLink;
        this.links = links;
        this.deliveries = deliveries;
        this.directory = directory;
        this.outbox = outbox;
        this.responses = responses;
        this.languages = languages;
        this.clock = clock;
    }

    /** What the link is, without using it. */
    public Result look(String token) {
        return check(token, clock.instant(), false);
    }

    /** Uses the link: acknowledges the alert if the link is valid and was never used. */
    @Transactional
    public Result confirm(String token) {
        return check(token, clock.instant(), true);
    }

    private Result check(String token, Instant now, boolean confirm) {
        AckLink.Reading reading = ackLink.read(token, now);
        if (reading.verdict() == AckLink.Verdict.FORGED) {
            return new Result(Verdict.FORGED, null, languages.fallback());
        }
        String hash = AckLink.hash(token);
        Optional<AckLinks.Issued> issued = links.find(hash);
        Optional<Delivery> delivery = deliveries.find(reading.token().deliveryId());
        if (issued.isEmpty() || delivery.isEmpty() || !issued.get().deliveryId().equals(reading.token().deliveryId())) {
            return new Result(Verdict.FORGED, null, languages.fallback());
        }
        Step step = delivery.get().step();
        Optional<Contact> contact = directory.byId(step.personId());
        String language = languages.forPerson(contact.map(Contact::language).orElse(null));
        if (issued.get().usedAt() != null) {
            return new Result(Verdict.ALREADY_USED, step.alertCode(), language);
        }
        if (reading.verdict() == AckLink.Verdict.EXPIRED) {
            return new Result(Verdict.EXPIRED, step.alertCode(), language);
        }
        if (!confirm) {
            return new Result(Verdict.OPEN, step.alertCode(), language);
        }
        if (!links.use(hash, now)) {
            return new Result(Verdict.ALREADY_USED, step.alertCode(), language);
        }
        outbox.append(responses.ackLink(step, now));
        return new Result(Verdict.ACKNOWLEDGED, step.alertCode(), language);
    }
}
