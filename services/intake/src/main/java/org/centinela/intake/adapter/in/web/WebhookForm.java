package org.centinela.intake.adapter.in.web;

import jakarta.ws.rs.core.MediaType;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code application/x-www-form-urlencoded} body as Twilio posts it, read by the webhook itself: the REST layer's
 * reader of a form into a map fails on a malformed percent-encoding ({@code Body=%E0%A4%A}) with an error no mapper can
 * tell from the server's own. Each name keeps its first value, as Twilio sends each once and signs them so.
 */
final class WebhookForm {

    /** Twilio posts a few dozen fields; more is no webhook of Twilio's. */
    static final int MAX_FIELDS = 1000;

    private WebhookForm() {
    }

    /**
     * The fields of {@code body}, decoded as the REST layer decodes a form: in the charset its content type names,
     * else UTF-8. Empty when it is malformed, or names a charset there is none of.
     */
    static Optional<Map<String, String>> parse(String body, MediaType type) {
        Optional<Charset> charset = charsetOf(type);
        if (charset.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return Optional.of(fields);
        }
        String[] pairs = body.split("&", MAX_FIELDS + 2);
        if (pairs.length > MAX_FIELDS) {
            return Optional.empty();
        }
        try {
            for (String pair : pairs) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), charset.get());
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), charset.get());
                fields.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        return Optional.of(fields);
    }

    private static Optional<Charset> charsetOf(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException noSuchCharset) {
            return Optional.empty();
        }
    }
}
