package org.centinela.notification.adapter.in.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.centinela.problem.ForbiddenCharacters;

/**
 * The {@code application/x-www-form-urlencoded} body of a Twilio webhook, read here rather than by the REST layer,
 * whose reader of a whole form fails on a malformed percent-encoding ({@code Body=%E0%A4%A}) with an error nothing
 * can tell from a server fault (a 500). A body that is not a form is {@link #read empty}, so that the webhook
 * refuses it with a 400 before its signature is even looked at.
 *
 * @param fields the first value of each field, by name, as Twilio signs them
 */
public record TwilioForm(Map<String, String> fields) {

    /** More fields than any webhook of Twilio's, and than the REST layer reads in a form. */
    static final int MAX_FIELDS = 1_000;

    public TwilioForm {
        fields = Map.copyOf(fields);
    }

    /** The form {@code body} carries; empty when a percent-encoding is malformed or it has too many fields. */
    public static Optional<TwilioForm> read(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        String[] pairs = body == null || body.isEmpty() ? new String[0] : body.split("&", MAX_FIELDS + 2);
        if (pairs.length > MAX_FIELDS) {
            return Optional.empty();
        }
        try {
            for (String pair : pairs) {
                if (!pair.isEmpty()) {
                    int equals = pair.indexOf('=');
                    String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
                    fields.putIfAbsent(name, equals < 0 ? "" : decoded(pair.substring(equals + 1)));
                }
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.of(new TwilioForm(fields));
    }

    /** Whether a field's name or value carries a NUL or a lone surrogate, which nothing Twilio sends does. */
    public boolean carriesForbiddenCharacters() {
        return fields.entrySet().stream().anyMatch(field -> ForbiddenCharacters.foundIn(field.getKey())
                || ForbiddenCharacters.foundIn(field.getValue()));
    }

    private static String decoded(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
