package org.centinela.intake.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.centinela.contracts.Invariants;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.PerpetratorType;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.contracts.signal.ViolenceType;
import org.centinela.intake.domain.CheckIn;
import org.centinela.intake.domain.DiscreetReply;
import org.centinela.intake.domain.HerWords;
import org.centinela.intake.domain.PinCheck;
import org.centinela.intake.domain.PinLikeNumbers;
import org.centinela.intake.domain.PinVerdict;
import org.centinela.intake.domain.sms.SenderKind;
import org.centinela.intake.domain.sms.SmsCommand;
import org.centinela.intake.domain.sms.SmsGrammar;
import org.centinela.outbox.Outbox;

/**
 * An SMS reached Centinela's number: who wrote it and what it asks for decide what happens. Each
 * MessageSid is handled once; what it produces goes through the outbox in the same transaction.
 * Defenders get a discreet reply (or none, as set for them); unknown numbers never get one, unless they
 * wrote a defender's seized-phone code word, which is answered as her SMS are.
 */
@ApplicationScoped
public class ReceiveSms {

    /** An inbound SMS as Twilio delivered it, its number already in E.164. */
    public record InboundSms(String messageSid, String from, String body) {
    }

    private final Directory directory;
    private final InboundSmsLog log;
    private final Outbox outbox;
    private final PinGuard pins;
    private final CheckIns checkIns;
    private final PepperedHash hashes;
    private final SeizedCodeWords seizedCodeWords;
    private final RespondBySms responses;
    private final Clock clock;

    public ReceiveSms(Directory directory, InboundSmsLog log, Outbox outbox, PinGuard pins, CheckIns checkIns,
            PepperedHash hashes, SeizedCodeWords seizedCodeWords, RespondBySms responses, Clock clock) {
        this.directory = directory;
        this.log = log;
        this.outbox = outbox;
        this.pins = pins;
        this.checkIns = checkIns;
        this.hashes = hashes;
        this.seizedCodeWords = seizedCodeWords;
        this.responses = responses;
        this.clock = clock;
    }

    /** The reply to send back ("" for none). A MessageSid seen before gets the same reply and changes nothing. */
    @Transactional
    public String receive(InboundSms sms) {
        Instant now = clock.instant();
        Optional<String> previous = log.claim(sms.messageSid(), now);
        if (previous.isPresent()) {
            return previous.get();
        }
        UUID eventId = UUID.nameUUIDFromBytes(("sms:" + sms.messageSid()).getBytes(StandardCharsets.UTF_8));
        Optional<PersonSnapshot> sender = directory.byPhone(sms.from());
        List<PersonSnapshot> seized = seizedCodeWords.namedIn(sms.body(), sender);
        String reply;
        if (!seized.isEmpty()) {
            reply = phoneSeized(seized, sender, sms, eventId, now);
        } else {
            reply = sender.map(person -> person.role() == PersonRole.DEFENDER
                            ? fromDefender(person, sms.body(), eventId, now)
                            : fromResponder(person, sms.body(), eventId, now))
                    .orElseGet(() -> fromUnknownNumber(sms, eventId, now));
        }
        log.answered(sms.messageSid(), reply);
        return reply;
    }

    /**
     * Someone wrote, from whatever phone, the code word of a defender whose phone was seized: a PHONE_SEIZED signal
     * for her, with none of the words (her network learns that her phone is in other hands, not what was written).
     * Written from a defender's own phone, her duress PIN in it still raises DURESS for her. Answered as the sender's
     * SMS are, or as hers when the sender is unknown; never saying what it was.
     */
    private String phoneSeized(List<PersonSnapshot> owners, Optional<PersonSnapshot> sender, InboundSms sms,
            UUID eventId, Instant now) {
        for (PersonSnapshot owner : owners) {
            UUID signalId = UUID.nameUUIDFromBytes(("seized:" + sms.messageSid() + ":" + owner.personId())
                    .getBytes(StandardCharsets.UTF_8));
            signal(signalId, owner, SignalType.PHONE_SEIZED, null, null, now);
        }
        sender.filter(person -> person.role() == PersonRole.DEFENDER)
                .filter(defender -> pins.withhold(defender, sms.body()).duress())
                .ifPresent(defender -> signal(eventId, defender, SignalType.DURESS, null, null, now));
        return reply(sender.orElse(owners.get(0)));
    }

    /**
     * Her PIN or her duress PIN may be anywhere in what she writes. Her duress PIN anywhere raises DURESS. Her PIN
     * anywhere makes the message a cancel attempt under the lock-out (an arrival, after LLEGUÉ), never words to file;
     * only after an alarm or a timer, which it cancels nothing of, is it merely withheld.
     */
    private String fromDefender(PersonSnapshot defender, String body, UUID signalId, Instant now) {
        SmsCommand command = SmsGrammar.read(body, SenderKind.DEFENDER,
                word -> defender.codeWordHash() != null && hashes.fingerprint(word).equals(defender.codeWordHash()));
        if (command instanceof SmsCommand.Panic panic) {
            HerWords words = pins.withhold(defender, panic.text());
            signal(signalId, defender, words.duress() ? SignalType.DURESS : SignalType.PANIC, words.text(), null, now);
        } else if (command instanceof SmsCommand.StartCheckIn start) {
            PinVerdict verdict = pins.recognise(defender, PinLikeNumbers.in(body).afterTheFirst().toCheck());
            checkIns.open(CheckIn.open(signalId, defender.personId(), start.minutes(), null, now));
            if (verdict.check() == PinCheck.DURESS) {
                signal(signalId, defender, SignalType.DURESS, null, null, now);
            }
        } else if (command instanceof SmsCommand.Arrived) {
            PinCheck check = pins.attempt(defender, PinLikeNumbers.in(body).toCheck()).check();
            if (check.closesCheckIn(defender.phoneSeized())) {
                checkIns.latestOpen(defender.personId()).ifPresent(open -> checkIns.close(open.id(), now));
            }
            if (check == PinCheck.DURESS) {
                signal(signalId, defender, SignalType.DURESS, null, null, now);
            }
        } else if (command instanceof SmsCommand.Safe) {
            cancel(defender, pins.attempt(defender, PinLikeNumbers.in(body).toCheck()), null, signalId, now);
        } else if (command instanceof SmsCommand.Report report) {
            words(defender, report.text(), true, signalId, now);
        } else if (command instanceof SmsCommand.Unrecognised unrecognised) {
            // A text without a letter (numbers alone) has no words to judge and is never filed.
            words(defender, unrecognised.text(), hasWords(unrecognised.text()), signalId, now);
        }
        return reply(defender);
    }

    /**
     * What she wrote, a report or no command at all: filed as a report ({@code file}), so that risk scoring judges
     * its words; but a cancel attempt if her PIN or her duress PIN is among its numbers.
     */
    private void words(PersonSnapshot defender, String text, boolean file, UUID signalId, Instant now) {
        PinLikeNumbers numbers = PinLikeNumbers.in(text);
        PinVerdict verdict = pins.attempt(defender, numbers.toCheck());
        if (verdict.check() != PinCheck.WRONG) {
            cancel(defender, verdict, numbers.withholding(verdict.hers()), signalId, now);
        } else if (file) {
            signal(signalId, defender, SignalType.REPORT, null, narrative(text), now);
        }
    }

    /**
     * Her PIN cancels, unless the lock-out refused it; her duress PIN raises DURESS, with the {@code words} she wrote
     * (her PINs withheld); nothing else does anything. With her phone seized her PIN still publishes the CANCEL, as
     * it always does, so that escalation records the attempt: escalation, which knows the mode, refuses it.
     */
    private void cancel(PersonSnapshot defender, PinVerdict verdict, String words, UUID signalId, Instant now) {
        if (verdict.check() == PinCheck.GENUINE) {
            signal(signalId, defender, SignalType.CANCEL, null, null, now);
        } else if (verdict.check() == PinCheck.DURESS) {
            signal(signalId, defender, SignalType.DURESS, words, null, now);
        }
    }

    private String fromResponder(PersonSnapshot responder, String body, UUID responseId, Instant now) {
        responses.answer(responder, body, responseId, now);
        return reply(responder);
    }

    private String fromUnknownNumber(InboundSms sms, UUID signalId, Instant now) {
        SmsCommand command = SmsGrammar.read(sms.body(), SenderKind.UNKNOWN, word -> false);
        String sender = SignalReceived.unknownSenderKey(hashes.fingerprint(sms.from()));
        boolean panic = command instanceof SmsCommand.Panic;
        // Her number travels (on the restricted topic only) so that the operator on duty can call her back and
        // verify her; an alphanumeric sender has none to call.
        String callable = Invariants.isE164(sms.from()) ? sms.from() : null;
        outbox.append(new SignalReceived(signalId, sender, false, panic ? SignalType.PANIC : SignalType.REPORT,
                SignalSource.SMS, now, panic ? sms.body() : null, null, panic ? null : narrative(sms.body()),
                callable));
        return "";
    }

    private void signal(UUID signalId, PersonSnapshot defender, SignalType type, String text, IncidentReport report,
            Instant now) {
        outbox.append(new SignalReceived(signalId, defender.personId(), true, type, SignalSource.SMS, now,
                text == null || text.isBlank() ? null : text, null, report));
    }

    /** The discreet reply a person of the directory gets: a defender may have turned hers off. */
    private static String reply(PersonSnapshot person) {
        return person.role() == PersonRole.DEFENDER && !person.smsReplies() ? "" : DiscreetReply.in(person.language());
    }

    private static boolean hasWords(String text) {
        return text.codePoints().anyMatch(Character::isLetter);
    }

    /** Her words as a report's narrative; a report without words ({@code REPORTE} alone, a blank SMS) has none. */
    private static IncidentReport narrative(String text) {
        return new IncidentReport(ViolenceType.OTHER, PerpetratorType.UNKNOWN, null, null,
                text.isBlank() ? null : text);
    }
}
