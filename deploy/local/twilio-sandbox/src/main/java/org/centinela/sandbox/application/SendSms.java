package org.centinela.sandbox.application;

import java.time.Clock;
import java.time.Instant;
import org.centinela.sandbox.domain.MessageStatus;
import org.centinela.sandbox.domain.PhoneNumbers;
import org.centinela.sandbox.domain.Segments;
import org.centinela.sandbox.domain.Sid;
import org.centinela.sandbox.domain.SmsMessage;

/** {@code POST Messages.json}: a service sends an SMS; it is refused with Twilio's codes or carried. */
public final class SendSms {

    public static final int MAX_BODY = 1600;

    private final Switchboard switchboard;
    private final Carrier carrier;
    private final Clock clock;
    private final String messagingServiceFrom;

    /** @param messagingServiceFrom the number a message sent through a messaging service goes out from */
    public SendSms(Switchboard switchboard, Carrier carrier, Clock clock, String messagingServiceFrom) {
        this.switchboard = switchboard;
        this.carrier = carrier;
        this.clock = clock;
        this.messagingServiceFrom = messagingServiceFrom;
    }

    /** Accepts the message (queued) and starts carrying it; undelivered in the end when {@code undelivered}. */
    public SmsMessage send(String accountSid, TwilioForm form, boolean undelivered) {
        String to = form.value("To");
        String from = form.value("From");
        String service = form.value("MessagingServiceSid");
        String body = form.value("Body");
        if (to == null) {
            throw TwilioApiException.badRequest(21604, "A 'To' phone number is required.");
        }
        if (!PhoneNumbers.isE164(to)) {
            throw TwilioApiException.badRequest(21211, "The 'To' number " + to + " is not a valid phone number.");
        }
        if (from == null && service == null) {
            throw TwilioApiException.badRequest(21603, "A 'From' or 'MessagingServiceSid' parameter is required to send a message.");
        }
        if (from != null && !PhoneNumbers.isE164(from)) {
            throw TwilioApiException.badRequest(21212, "The 'From' number " + from + " is not a valid phone number.");
        }
        if (body == null) {
            throw TwilioApiException.badRequest(21602, "Message body is required.");
        }
        if (body.length() > MAX_BODY) {
            throw TwilioApiException.badRequest(21617, "The concatenated message body exceeds the 1600 character limit.");
        }
        Instant now = clock.instant();
        SmsMessage message = new SmsMessage(Sid.message(), accountSid, SmsMessage.Direction.OUTBOUND_API,
                from != null ? from : messagingServiceFrom, to, body, MessageStatus.QUEUED, Segments.of(body), null,
                null, form.value("StatusCallback"), now, now, null);
        switchboard.save(message);
        carrier.deliver(message, undelivered);
        return message;
    }
}
