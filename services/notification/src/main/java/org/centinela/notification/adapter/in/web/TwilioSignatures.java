package org.centinela.notification.adapter.in.web;

import com.twilio.security.RequestValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.centinela.problem.ForbiddenCharacters;
import org.centinela.twilio.TwilioWebhookForm;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the {@code X-Twilio-Signature} of a webhook with the SDK's {@code RequestValidator}: HMAC-SHA1 with
 * the auth token over the URL Twilio called — {@code twilio.webhook-base-url}, the webhook's path and the
 * query as received (callbacks name their delivery there) — and the form's parameters. The URL is the one
 * we gave Twilio, not the one this request arrived at, so a proxy in front changes nothing. A body that is not a
 * form is a 400, an unsigned or wrongly signed one a 403, and a signed field with a NUL or a lone surrogate a 400
 * (problem+json, naming no value): nothing reaches a webhook that it could fail on.
 */
@ApplicationScoped
public class TwilioSignatures {

    private final RequestValidator validator;
    private final String webhookBaseUrl;

    public TwilioSignatures(@ConfigProperty(name = "twilio.auth-token") String authToken,
            @ConfigProperty(name = "twilio.webhook-base-url") String webhookBaseUrl) {
        this.validator = new RequestValidator(authToken);
        this.webhookBaseUrl = webhookBaseUrl.endsWith("/") ? webhookBaseUrl.substring(0, webhookBaseUrl.length() - 1)
                : webhookBaseUrl;
    }

    /**
     * The form's fields (the first value of each) if {@code signature} is Twilio's for this request.
     *
     * @throws BadRequestException if {@code body} is not a form, or a field carries a NUL or a lone surrogate
     * @throws ForbiddenException  if the signature is missing or wrong
     */
    public Map<String, String> verified(String signature, String path, UriInfo uri, String body) {
        TwilioForm form = TwilioForm.read(body).orElseThrow(() -> new BadRequestException(
                "The form is malformed: a percent-encoding is cut short or not hexadecimal, or it has more than "
                        + TwilioWebhookForm.MAX_FIELDS + " fields"));
        if (signature == null || signature.isBlank() || !validator.validate(url(path, uri), form.fields(), signature)) {
            throw new ForbiddenException("X-Twilio-Signature is missing or wrong");
        }
        if (form.carriesForbiddenCharacters()) {
            throw new BadRequestException("A field of the form " + ForbiddenCharacters.RULE);
        }
        return form.fields();
    }

    private String url(String path, UriInfo uri) {
        String query = uri.getRequestUri().getRawQuery();
        return webhookBaseUrl + path + (query == null ? "" : "?" + query);
    }
}
