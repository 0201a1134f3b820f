package org.centinela.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.EnumSet;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.notification.domain.AckLink;
import org.centinela.notification.domain.BriefLink;
import org.centinela.notification.domain.BriefView;
import org.centinela.notification.domain.BriefWait;
import org.centinela.notification.domain.Contact;
import org.centinela.notification.domain.Delivery;
import org.centinela.notification.domain.Email;
import org.centinela.notification.domain.Failure;
import org.centinela.notification.domain.KnownBrief;
import org.centinela.notification.domain.Languages;
import org.centinela.notification.domain.BoundedWait;
import org.centinela.notification.domain.SendResult;
import org.centinela.notification.domain.SigningKey;
import org.centinela.notification.domain.SmsBrief;
import org.centinela.notification.domain.SmsText;
import org.centinela.notification.domain.Speech;
import org.centinela.notification.domain.Step;
import org.centinela.notification.domain.WhoIsOnIt;
import org.jboss.logging.Logger;

/**
 * Sends the next due delivery: takes the right to send on the channels whose sender has one, takes the
 * most urgent delivery due on them (recorded as SENDING before the provider is called), writes the message
 * in the person's language, sends it, and records the answer. A delivery whose last attempt may have
 * reached the provider is first looked for there, and never sent twice. A delivery that needs the alert's
 * brief waits, a bounded while, for the version it asks for ({@link BriefWait}), and one to someone this replica's
 * copy of the directory does not hold yet waits for her ({@link BoundedWait}); the right to send it took is given
 * back.
 */
@ApplicationScoped
public class SendNext {

    /**
     * What a call to {@link #sendNext()} did, and, when it sent nothing, how long until a sender that may not
     * send now may send again (0 when none is held back).
     */
    public record Turn(boolean sent, long nanosUntilRight) {
        static Turn sentOne() {
            return new Turn(true, 0);
        }
    }

    private static final Logger LOG = Logger.getLogger(SendNext.class);

    private final Deliveries deliveries;
    private final Directory directory;
    private final Messages messages;
    private final SmsGateway sms;
    private final VoiceGateway voice;
    private final MailGateway mail;
    private final AckLinks ackLinks;
    private final AckLink ackLink;
    private final Briefs briefs;
    private final BriefWait briefWait;
    private final BoundedWait recipientWait;
    private final BriefLinks briefLinks;
    private final BriefLink briefLink;
    private final Outcomes outcomes;
    private final SendRates rates;
    private final Languages languages;
    private final SendSettings settings;
    private final Clock clock;

    public SendNext(Deliveries deliveries, Directory directory, Messages messages, SmsGateway sms, VoiceGateway voice,
            MailGateway mail, AckLinks ackLinks, AckLink ackLink, Briefs briefs, BriefWait briefWait,
            BoundedWait recipientWait, BriefLinks briefLinks, BriefLink briefLink, Outcomes outcomes, SendRates rates, Languages languages,
            SendSettings settings, Clock clock) {
        this.deliveries = deliveries;
        this.directory = directory;
        this.messages = messages;
        this.sms = sms;
        this.voice = voice;
        this.mail = mail;
        this.ackLinks = ackLinks;
        this.ackLink = ackLink;
        this.briefs = briefs;
        this.briefWait = briefWait;
        this.recipientWait = recipientWait;
        this.briefLinks = briefLinks;
        this.briefLink = briefLink;
        this.outcomes = outcomes;
        this.rates = rates;
        this.languages = languages;
        this.settings = settings;
        this.clock = clock;
    }

    /** Sends one due delivery if a sender may send and one is due. */
    public Turn sendNext() {
        Set<Channel> open = rates.take();
        if (open.isEmpty()) {
            return new Turn(false, rates.nanosUntilNext());
        }
        Optional<Delivery> claimed;
        try {
            claimed = deliveries.claimNext(open, clock.instant());
        } catch (RuntimeException e) {
            rates.giveBack(open);
            throw e;
        }
        Set<Channel> unused = EnumSet.copyOf(open);
        claimed.ifPresent(delivery -> unused.remove(delivery.step().channel()));
        rates.giveBack(unused);
        if (claimed.isEmpty()) {
            return new Turn(false, rates.nanosUntilNext());
        }
        if (!send(claimed.get())) {
            rates.giveBack(EnumSet.of(claimed.get().step().channel()));
        }
        return Turn.sentOne();
    }

    /** Sends {@code delivery}, or records why not; whether its provider was asked to send it. */
    private boolean send(Delivery delivery) {
        Step step = delivery.step();
        Optional<Contact> contact = directory.byId(step.personId());
        if (contact.isEmpty()) {
            Optional<Instant> recheck = recipientWait.recheckAt(delivery.createdAt(), clock.instant());
            if (recheck.isPresent()) {
                outcomes.awaitingRecipient(step.deliveryId(), recheck.get());
            } else {
                outcomes.impossible(step.deliveryId(), new Failure(Failure.Kind.PERMANENT, "unknown-recipient",
                        "the person is not in the directory"));
            }
            return false;
        }
        Optional<String> address = contact.get().address(step.channel());
        if (address.isEmpty()) {
            outcomes.impossible(step.deliveryId(), new Failure(Failure.Kind.PERMANENT, "no-address",
                    "the person has no address for " + step.channel()));
            return false;
        }
        if (delivery.uncertain()) {
            Optional<String> found;
            try {
                found = ProviderRecords.find(delivery, contact.get(), sms, voice, deliveries, settings.reconcileWindow());
            } catch (RuntimeException providerDown) {
                // Not known whether the provider has it: not sent now, asked again at the next attempt.
                outcomes.answered(step.deliveryId(), SendResult.refused(Failure.Kind.TRANSIENT, "lookup-failed",
                        "the provider could not be asked what it holds"));
                return false;
            }
            if (found.isPresent()) {
                outcomes.reconciled(step.deliveryId(), found);
                return false;
            }
        }
        KnownBrief known = step.needsBrief() ? briefs.find(step.alertId()) : KnownBrief.none();
        BriefWait.Choice choice = briefWait.choose(step, known, delivery.createdAt(), clock.instant());
        if (choice instanceof BriefWait.Wait wait) {
            outcomes.awaitingBrief(step.deliveryId(), wait.recheckAt());
            return false;
        }
        if (choice instanceof BriefWait.Refused refused) {
            outcomes.impossible(step.deliveryId(), refused.failure());
            return false;
        }
        AlertBrief brief = choice instanceof BriefWait.With with && step.carriesBrief() ? with.brief() : null;
        Supplier<SendResult> message;
        try {
            message = compose(delivery, contact.get(), address.get(), brief);
        } catch (RuntimeException e) {
            // Nothing left for the provider: trying again later is safe.
            LOG.errorf("delivery %s: %s while writing the message", step.deliveryId(), e.getClass().getName());
            outcomes.answered(step.deliveryId(), SendResult.refused(Failure.Kind.TRANSIENT, "cannot-compose",
                    e.getClass().getSimpleName()));
            return false;
        }
        SendResult result;
        try {
            result = message.get();
        } catch (RuntimeException unexpected) {
            // The request may have left: the provider is asked before anything is sent again.
            LOG.errorf("delivery %s: %s while sending", step.deliveryId(), unexpected.getClass().getName());
            result = SendResult.refused(Failure.Kind.UNCERTAIN, "internal-error", unexpected.getClass().getSimpleName());
        }
        outcomes.answered(step.deliveryId(), result);
        return true;
    }

    /**
     * The message of {@code delivery} in her language, ready to go to its provider, with the alert's
     * {@code brief} when it carries it (null otherwise).
     */
    private Supplier<SendResult> compose(Delivery delivery, Contact contact, String address, AlertBrief brief) {
        Step step = delivery.step();
        String language = languages.forPerson(contact.language());
        WhoIsOnIt onIt = directory.whoIsOnIt(step);
        if (step.channel() == Channel.SMS) {
            SmsText text = brief != null
                    ? messages.smsBrief(step, language, SmsBrief.of(brief, briefUrl(delivery),
                            step.purpose() == NotificationPurpose.BRIEF_UPDATE), settings.gsm7Only())
                    : messages.sms(step, language, onIt);
            String body = (settings.gsm7Only() ? text.toGsm7() : text).text();
            return () -> sms.send(step.deliveryId(), address, body);
        }
        if (step.channel() == Channel.VOICE) {
            Speech speech = messages.speech(step, language, onIt, brief == null ? null
                    : BriefView.of(brief, directory.named(brief.onIt(), Channel.VOICE), null));
            return () -> voice.call(step.deliveryId(), address, speech);
        }
        Email email = messages.email(step, language, onIt, step.asksForAnswer() ? ackUrl(delivery) : null,
                brief == null ? null : BriefView.of(brief, directory.named(brief.onIt(), Channel.EMAIL), briefUrl(delivery)));
        return () -> mail.send(step.deliveryId(), address, email);
    }

    /** The brief link of the step, recorded (hashed) before the message that carries it is sent. */
    private String briefUrl(Delivery delivery) {
        Step step = delivery.step();
        BriefLink.Issued issued = briefLink.issue(step.deliveryId(), delivery.createdAt().plus(settings.briefLinkValidFor()));
        briefLinks.issued(new BriefLinks.Link(SigningKey.hash(issued.token()), step.idempotencyKey(), step.deliveryId(),
                step.channel(), step.alertId(), step.personId(), issued.expiresAt(), null), clock.instant());
        return settings.publicBaseUrl() + BriefLink.PATH + issued.token();
    }

    /** The acknowledgement link of the step, recorded (hashed) before the e-mail that carries it is sent. */
    private String ackUrl(Delivery delivery) {
        Step step = delivery.step();
        AckLink.Token token = new AckLink.Token(step.deliveryId(), delivery.createdAt().plus(settings.ackLinkValidFor()));
        String signed = ackLink.sign(token);
        ackLinks.issued(AckLink.hash(signed), step.deliveryId(), token.expiresAt(), clock.instant());
        return settings.publicBaseUrl() + "/ack/" + signed;
    }
}
