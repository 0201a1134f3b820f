package org.centinela.sandbox.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centinela.sandbox.domain.MessageStatus;
import org.centinela.sandbox.domain.PhoneNumbers;
import org.centinela.sandbox.domain.Segments;
import org.centinela.sandbox.domain.Sid;
import org.centinela.sandbox.domain.SmsMessage;
import org.centinela.sandbox.domain.Twiml;

/**
 * Someone at a sandbox phone texts Centinela's number: the SMS is posted to the inbound webhook as
 * Twilio posts it (signed form), and the {@code <Message>}s of the TwiML it answers are sent back to her.
 */
public final class ReceiveSms {

    private final Switchboard switchboard;
    private final Carrier carrier;
    private final Webhooks webhooks;
    private final Clock clock;
    private final String accountSid;
    private final String webhookUrl;

    public ReceiveSms(Switchboard switchboard, Carrier carrier, Webhooks webhooks, Clock clock, String accountSid,
            String webhookUrl) {
        this.switchboard = switchboard;
        this.carrier = carrier;
        this.webhooks = webhooks;
        this.clock = clock;
        this.accountSid = accountSid;
        this.webhookUrl = webhookUrl;
    }

    /**
     * @throws IllegalArgumentException when a number is not E.164 or the text is empty or too long
     */
    public Webhooks.WebhookAnswer receive(String from, String to, String body) {
        if (!PhoneNumbers.isE164(from)) {
            throw new IllegalArgumentException("from must be an E.164 number such as +50255510001");
        }
        if (!PhoneNumbers.isE164(to)) {
            throw new IllegalArgumentException("to must be an E.164 number such as +15005550006");
        }
        if (body == null || body.isEmpty() || body.length() > SendSms.MAX_BODY) {
            throw new IllegalArgumentException("body must have 1 to " + SendSms.MAX_BODY + " characters");
        }
        Instant now = clock.instant();
        SmsMessage inbound = switchboard.save(new SmsMessage(Sid.message(), accountSid, SmsMessage.Direction.INBOUND,
                from, to, body, MessageStatus.RECEIVED, Segments.of(body), null, null, null, now, now, null));
        Webhooks.WebhookAnswer answer = webhooks.post(webhookUrl, params(inbound));
        if (answer.successful()) {
            replies(answer.body()).forEach(reply -> sendBack(inbound, reply));
        }
        return answer;
    }

    private static List<String> replies(String twiml) {
        try {
            return Twiml.replies(twiml);
        } catch (Twiml.InvalidTwimlException e) {
            return List.of();
        }
    }

    private void sendBack(SmsMessage inbound, String reply) {
        Instant now = clock.instant();
        SmsMessage message = switchboard.save(new SmsMessage(Sid.message(), accountSid,
                SmsMessage.Direction.OUTBOUND_REPLY, inbound.to(), inbound.from(), reply, MessageStatus.QUEUED,
                Segments.of(reply), null, null, null, now, now, null));
        carrier.deliver(message, false);
    }

    private Map<String, List<String>> params(SmsMessage inbound) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        params.put("AccountSid", List.of(accountSid));
        params.put("ApiVersion", List.of(Carrier.API_VERSION));
        params.put("Body", List.of(inbound.body()));
        params.put("From", List.of(inbound.from()));
        params.put("MessageSid", List.of(inbound.sid()));
        params.put("NumMedia", List.of("0"));
        params.put("NumSegments", List.of(String.valueOf(inbound.segments().count())));
        params.put("SmsMessageSid", List.of(inbound.sid()));
        params.put("SmsSid", List.of(inbound.sid()));
        params.put("SmsStatus", List.of("received"));
        params.put("To", List.of(inbound.to()));
        return params;
    }
}
