package org.centinela.twilio;

import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code application/x-www-form-urlencoded} body Twilio posts to a webhook, read by the webhook itself rather than
 * by the REST layer, whose reader of a whole form fails on a malformed percent-encoding ({@code Body=%E0%A4%A}) with
 * an error nothing can tell from a server fault. Each name keeps its first value: Twilio sends each once, and signs
 * them so. Intake's SMS webhook and notification's status and keypress webhooks read their forms with it.
 */
public final class TwilioWebhookForm {

    /** More fields than any webhook of Twilio's has, and than the REST layer reads in a form. */
    public static final int MAX_FIELDS = 1_000;

    private TwilioWebhookForm() {
    }

    /**
     * The fields of {@code body}, decoded in {@code charset}; empty when a percent-encoding is malformed or it has
     * more than {@value #MAX_FIELDS} fields. A null or empty body has no fields.
     */
    public static Optional<Map<String, String>> read(String body, Charset charset) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] pairs = body == null || body.isEmpty() ? new String[0] : body.split("&", MAX_FIELDS + 2);
        if (pairs.length > MAX_FIELDS) {
            return Optional.empty();
        }
        try {
            for (String pair : pairs) {
                if (!pair.isEmpty()) {
                    int equals = pair.indexOf('=');
                    String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset);
                    fields.putIfAbsent(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset));
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.of(fields);
    }
}
