package org.centinela.notification.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.centinela.notification.domain.SendResult;
import org.centinela.notification.domain.Speech;

/** Places voice calls (Twilio's Calls API) that say {@code speech} and take a keypress when it asks for one. */
public interface VoiceGateway {

    SendResult call(UUID deliveryId, String to, Speech speech);

    /** The ids of calls the provider placed to {@code to} since {@code since}. */
    List<String> placedSince(String to, Instant since);
}
