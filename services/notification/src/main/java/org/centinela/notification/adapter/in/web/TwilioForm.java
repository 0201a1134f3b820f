package org.centinela.notification.adapter.in.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.centinela.problem.ForbiddenCharacters;
import org.centinela.twilio.TwilioWebhookForm;

/**
 * The form of a Twilio webhook ({@link TwilioWebhookForm}, UTF-8). A body that is not a form is {@link #read empty},
 * so that the webhook refuses it with a 400 before its signature is even looked at.
 *
 * @param fields the first value of each field, by name, as Twilio signs them
 */
public record TwilioForm(Map<String, String> fields) {

    public TwilioForm {
        fields = Map.copyOf(fields);
    }

    /** The form {@code body} carries; empty when a percent-encoding is malformed or it has too many fields. */
    public static Optional<TwilioForm> read(String body) {
        return TwilioWebhookForm.read(body, StandardCharsets.UTF_8).map(TwilioForm::new);
    }

    /** Whether a field's name or value carries a NUL or a lone surrogate, which nothing Twilio sends does. */
    public boolean carriesForbiddenCharacters() {
        return fields.entrySet().stream().anyMatch(field -> ForbiddenCharacters.foundIn(field.getKey())
                || ForbiddenCharacters.foundIn(field.getValue()));
    }
}
