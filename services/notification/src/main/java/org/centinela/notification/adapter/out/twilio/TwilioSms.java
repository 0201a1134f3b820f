package org.centinela.notification.adapter.out.twilio;

import com.twilio.base.ResourceSet;
import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import com.twilio.type.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.UUID;
import org.centinela.notification.application.SmsGateway;
import org.centinela.notification.domain.SendResult;

/** SMS through the official SDK's {@code Message.creator}, with a status callback naming the delivery. */
@ApplicationScoped
public class TwilioSms implements SmsGateway {

    /** How many of her most recent messages are looked through when reconciling. */
    private static final int LOOK_BACK = 200;

    private final TwilioSettings twilio;

    public TwilioSms(TwilioSettings twilio) {
        this.twilio = twilio;
    }

    @Override
    public SendResult send(UUID deliveryId, String to, String text) {
        PhoneNumber recipient = new PhoneNumber(to);
        MessageCreator creator = twilio.smsFrom().startsWith("MG")
                ? Message.creator(recipient, twilio.smsFrom(), text)
                : Message.creator(recipient, new PhoneNumber(twilio.smsFrom()), text);
        try {
            Message message = creator.setStatusCallback(twilio.statusCallback(deliveryId)).create(twilio.client());
            return SendResult.accepted(message.getSid());
        } catch (ApiException e) {
            return new SendResult.Refused(TwilioFailures.of(e));
        } catch (ApiConnectionException e) {
            return new SendResult.Refused(TwilioFailures.of(e));
        }
    }

    @Override
    public List<String> sentSince(String to, Predicate<String> text, Instant since) {
        var reader = Message.reader().setTo(new PhoneNumber(to));
        if (!twilio.smsFrom().startsWith("MG")) {
            reader.setFrom(new PhoneNumber(twilio.smsFrom()));
        }
        ResourceSet<Message> newestFirst = reader.limit(LOOK_BACK).read(twilio.client());
        List<String> found = new ArrayList<>();
        for (Message message : newestFirst) {
            if (message.getDateCreated() != null && message.getDateCreated().toInstant().isBefore(since)) {
                break;
            }
            if (message.getBody() != null && text.test(message.getBody())
                    && message.getDirection() != Message.Direction.INBOUND) {
                found.add(message.getSid());
            }
        }
        return found;
    }
}
