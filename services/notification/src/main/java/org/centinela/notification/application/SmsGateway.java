package org.centinela.notification.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.centinela.notification.domain.SendResult;

/** Sends SMS (Twilio's Messages API), with a status callback that names the delivery. */
public interface SmsGateway {

    SendResult send(UUID deliveryId, String to, String text);

    /**
     * The ids of messages the provider holds that were sent to {@code to} since {@code since} with a text that
     * {@code text} accepts: what an attempt cut short by a crash or a timeout may have sent.
     */
    List<String> sentSince(String to, Predicate<String> text, Instant since);
}
