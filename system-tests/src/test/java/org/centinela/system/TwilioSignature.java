package org.centinela.system;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Webhooks signed as Twilio signs them, with the single-valued forms the tests post: the signing itself is
 * {@link org.centinela.twilio.TwilioSignature}, the one the sandbox signs its callbacks with.
 */
public final class TwilioSignature {

    /** The auth token of the local stack (twilio.auth-token, the same in every service and the sandbox). */
    public static final String LOCAL_AUTH_TOKEN = "5a9d1e0c7b3f4e2a8c6d0b1f2e3a4c5d";

    private TwilioSignature() {
    }

    public static String of(String authToken, String url, Map<String, String> form) {
        return org.centinela.twilio.TwilioSignature.sign(authToken, url, form.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, field -> List.of(field.getValue()))));
    }
}
