package org.centinela.notification;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.signal.Grade;

/** People of the network and requests for them, as escalation publishes them. */
public final class People {

    private People() {
    }

    public static PersonSnapshot responder(String id, String phone, String email, String language) {
        return new PersonSnapshot(id, PersonRole.RESPONDER, "Ana", phone, email, language,
                "GT", Set.of(Channel.SMS, Channel.VOICE, Channel.EMAIL), "ana", 0, true, null, null, null, List.of(),
                Instant.now());
    }

    /** A phone number no other test uses. */
    public static String uniquePhone() {
        return "+5025" + (1_000_000 + (long) (Math.random() * 8_999_999));
    }

    public static String uniqueEmail() {
        return "responder-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    public static NotificationRequested request(UUID alertId, String code, String personId, Channel channel,
            NotificationPurpose purpose, Grade grade) {
        return NotificationRequested.of(alertId, code, personId, channel, purpose, grade, 1, 0, Instant.now());
    }

    public static NotificationRequested alert(String personId, Channel channel) {
        return request(UUID.randomUUID(), code(), personId, channel, NotificationPurpose.ALERT, Grade.HIGH);
    }

    /** A short code like escalation's: four to nine digits. */
    public static String code() {
        return String.valueOf(1000 + (int) (Math.random() * 8999));
    }
}
