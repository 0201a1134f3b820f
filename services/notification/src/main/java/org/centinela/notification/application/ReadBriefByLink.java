package org.centinela.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationStatus;
import org.centinela.notification.domain.BriefLink;
import org.centinela.notification.domain.BriefView;
import org.centinela.notification.domain.Contact;
import org.centinela.notification.domain.KnownBrief;
import org.centinela.notification.domain.Languages;
import org.centinela.notification.domain.SigningKey;
import org.centinela.outbox.Outbox;

/**
 * The brief page a link opens: the alert's latest brief, for the person the link was sent to, in her language.
 * Opening it ({@link #open}) is a disclosure, published as OPENED for the delivery that carried the link; its
 * "I'm on it" button ({@link #acknowledge}) acknowledges the alert once, on channel LINK. A link that expired, of
 * an alert that is over, or of a person no longer in the directory shows nothing of the alert; one that is not
 * ours (forged, or signed but never issued) neither.
 */
@ApplicationScoped
public class ReadBriefByLink {

    /** What a link gives. */
    public enum Verdict {
        /** The brief. */
        OPEN,
        /** Nothing any more: expired, the alert is over, or she left the directory. */
        GONE,
        /** Not a link of ours. */
        FORGED
    }

    /**
     * What the page shows: the verdict, the reader's language, and for an open link the brief and whether she is
     * on it (she pressed the button, or acknowledged the alert another way).
     */
    public record Page(Verdict verdict, String language, BriefView brief, boolean onIt) {

        /** Counts only: the brief is personal data. */
        @Override
        public String toString() {
            return "Page[" + verdict + ", " + language + ", onIt=" + onIt + "]";
        }
    }

    private final BriefLink briefLink;
    private final BriefLinks links;
    private final Briefs briefs;
    private final Directory directory;
    private final Outbox outbox;
    private final Responses responses;
    private final Languages languages;
    private final SendSettings settings;
    private final Clock clock;

    public ReadBriefByLink(BriefLink briefLink, BriefLinks links, Briefs briefs, Directory directory, Outbox outbox,
            Responses responses, Languages languages, SendSettings settings, Clock clock) {
        this.briefLink = briefLink;
        this.links = links;
        this.briefs = briefs;
        this.directory = directory;
        this.outbox = outbox;
        this.responses = responses;
        this.languages = languages;
        this.settings = settings;
        this.clock = clock;
    }

    /** The page, without publishing anything (what the page's live updates look at). */
    public Page look(String token) {
        return read(token, clock.instant()).page();
    }

    /** The page, opened: a disclosure, published as OPENED for the delivery that carried the link. */
    @Transactional
    public Page open(String token) {
        Instant now = clock.instant();
        Reading reading = read(token, now);
        if (reading.page().verdict() == Verdict.OPEN) {
            BriefLinks.Link link = reading.link();
            outbox.append(new NotificationStatus(link.idempotencyKey(), link.alertId(), link.personId(), link.channel(),
                    DeliveryStatus.OPENED, null, null, null, now));
        }
        return reading.page();
    }

    /** Her "I'm on it": acknowledges the alert, once per link, as her response on channel LINK. */
    @Transactional
    public Page acknowledge(String token) {
        Instant now = clock.instant();
        Reading reading = read(token, now);
        Page page = reading.page();
        if (page.verdict() != Verdict.OPEN) {
            return page;
        }
        BriefLinks.Link link = reading.link();
        if (links.acknowledge(link.tokenHash(), now)) {
            outbox.append(responses.briefPageButton(link.alertId(), page.brief().code(), link.personId(),
                    link.tokenHash(), now));
        }
        return new Page(Verdict.OPEN, page.language(), page.brief(), true);
    }

    /** A link read: the page, and the link's record when it is ours. */
    private record Reading(Page page, BriefLinks.Link link) {
    }

    private Reading read(String token, Instant now) {
        BriefLink.Verdict verdict = briefLink.read(token, now);
        Optional<BriefLinks.Link> issued = verdict == BriefLink.Verdict.FORGED ? Optional.empty()
                : links.find(SigningKey.hash(token));
        if (issued.isEmpty()) {
            return new Reading(new Page(Verdict.FORGED, languages.fallback(), null, false), null);
        }
        BriefLinks.Link link = issued.get();
        Optional<Contact> reader = directory.byId(link.personId());
        String language = languages.forPerson(reader.map(Contact::language).orElse(null));
        KnownBrief known = briefs.find(link.alertId());
        if (verdict == BriefLink.Verdict.EXPIRED || reader.isEmpty() || known.brief().isEmpty()) {
            return new Reading(new Page(Verdict.GONE, language, null, false), link);
        }
        AlertBrief brief = known.latest();
        BriefView view = BriefView.of(brief, directory.named(brief.onIt(), Channel.EMAIL),
                settings.publicBaseUrl() + BriefLink.PATH + token);
        boolean onIt = link.acknowledgedAt() != null || brief.onIt().contains(link.personId());
        return new Reading(new Page(Verdict.OPEN, language, view, onIt), link);
    }
}
