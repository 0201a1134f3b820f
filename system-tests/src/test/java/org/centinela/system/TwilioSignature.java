package org.centinela.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code X-Twilio-Signature} as Twilio computes it: Base64 of HMAC-SHA1, keyed with the account's auth token,
 * over the URL followed by every form parameter's name and value in name order.
 */
public final class TwilioSignature {

    /** The auth token of the local stack (twilio.auth-token, the same in every service and the sandbox). */
    public static final String LOCAL_AUTH_TOKEN = "5a9d1e0c7b3f4e2a8c6d0b1f2e3a4c5d";

    private TwilioSignature() {
    }

    public static String of(String authToken, String url, Map<String, String> form) {
        StringBuilder signed = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> signed.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
        }
    }
}
