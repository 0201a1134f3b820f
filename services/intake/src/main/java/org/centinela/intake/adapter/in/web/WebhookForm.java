package org.centinela.intake.adapter.in.web;

import jakarta.ws.rs.core.MediaType;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.centinela.twilio.TwilioWebhookForm;

/**
 * The form of Twilio's SMS webhook ({@link TwilioWebhookForm}), decoded in the charset its content type names, as the
 * REST layer would decode it.
 */
final class WebhookForm {

    private WebhookForm() {
    }

    /**
     * The fields of {@code body}, decoded in the charset its content type names, else UTF-8. Empty when it is
     * malformed, has too many fields, or names a charset there is none of.
     */
    static Optional<Map<String, String>> parse(String body, MediaType type) {
        return charsetOf(type).flatMap(charset -> TwilioWebhookForm.read(body, charset));
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
