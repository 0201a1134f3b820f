package org.centinela.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.notification.Channel;
import org.centinela.outbox.Outbox;
import org.centinela.notification.domain.BriefView;
import org.centinela.notification.domain.Contact;
import org.centinela.notification.domain.Delivery;
import org.centinela.notification.domain.Keypress;
import org.centinela.notification.domain.Languages;
import org.centinela.notification.domain.Speech;
import org.centinela.notification.domain.Step;

/**
 * A key pressed during a call: 1 acknowledges the alert and 2 declines it (published once on
 * {@code alerts.responses}, however often Twilio retries the webhook), 9 or any other key hears the message
 * again. A call under ON_ACK says the alert's brief (her name, the place in her words) in the reply to 1; a
 * call under ON_CONTACT says it again with the message. Once the alert is over, nothing of her is said.
 */
@ApplicationScoped
public class AnswerCall {

    /**
     * What the call says next: a reply (then it hangs up), or the message again with its options (with a
     * notice first when the key was not an option).
     */
    public record Answer(String language, String reply, Speech again) {
        public boolean hangsUp() {
            return again == null;
        }
    }

    private final Deliveries deliveries;
    private final Directory directory;
    private final Keypresses keypresses;
    private final Briefs briefs;
    private final Outbox outbox;
    private final Responses responses;
    private final Messages messages;
    private final Languages languages;
    private final Clock clock;

    public AnswerCall(Deliveries deliveries, Directory directory, Keypresses keypresses, Briefs briefs, Outbox outbox,
            Responses responses, Messages messages, Languages languages, Clock clock) {
        this.deliveries = deliveries;
        this.directory = directory;
        this.keypresses = keypresses;
        this.briefs = briefs;
        this.outbox = outbox;
        this.responses = responses;
        this.messages = messages;
        this.languages = languages;
        this.clock = clock;
    }

    /** The answer to {@code digits} pressed on call {@code callSid} of delivery {@code deliveryId}; empty for no such delivery. */
    @Transactional
    public Optional<Answer> pressed(UUID deliveryId, String callSid, String digits) {
        Optional<Delivery> delivery = deliveries.find(deliveryId);
        if (delivery.isEmpty()) {
            return Optional.empty();
        }
        Step step = delivery.get().step();
        Optional<Contact> contact = directory.byId(step.personId());
        String language = languages.forPerson(contact.map(Contact::language).orElse(null));
        Keypress keypress = step.asksForAnswer() ? Keypress.of(digits) : Keypress.REPEAT;
        Instant now = clock.instant();
        if (keypress == Keypress.ACKNOWLEDGE || keypress == Keypress.DECLINE) {
            ResponseKind kind = keypress == Keypress.ACKNOWLEDGE ? ResponseKind.ACK : ResponseKind.DECLINE;
            if (keypresses.firstTime(callSid, digits.trim(), now)) {
                outbox.append(responses.keypress(step, kind, callSid, now));
            }
            Speech.Reply reply = kind == ResponseKind.ACK ? Speech.Reply.ACKNOWLEDGED : Speech.Reply.DECLINED;
            BriefView brief = kind == ResponseKind.ACK && step.brief() == BriefDisclosure.ON_ACK && step.needsBrief()
                    ? brief(step) : null;
            return Optional.of(new Answer(language, messages.spokenReply(reply, step, language, brief), null));
        }
        Speech again = messages.speech(step, language, directory.whoIsOnIt(step), step.carriesBrief() ? brief(step) : null);
        String notice = keypress == Keypress.OTHER
                ? messages.spokenReply(Speech.Reply.INVALID_KEY, step, language, null) : null;
        return Optional.of(new Answer(language, notice, again));
    }

    /** The alert's brief as a call says it: the newest held; null once the alert is over or when none arrived. */
    private BriefView brief(Step step) {
        return briefs.find(step.alertId()).brief()
                .map(brief -> BriefView.of(brief, directory.named(brief.onIt(), Channel.VOICE), null)).orElse(null);
    }
}
