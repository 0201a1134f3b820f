package org.centinela.notification.adapter.in.web;

import com.twilio.security.RequestValidator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the {@code X-Twilio-Signature} of a webhook with the SDK's {@code RequestValidator}: HMAC-SHA1 with
 * the auth token over the URL Twilio called — {@code twilio.webhook-base-url}, the webhook's path and the
 * query as received (callbacks name their delivery there) — and the form's parameters. The URL is the one
 * we gave Twilio, not the one this request arrived at, so a proxy in front changes nothing.
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
     * The form's parameters (the first value of each) if {@code signature} is Twilio's for this request;
     * empty otherwise.
     */
    public Optional<Map<String, String>> verified(String signature, String path, UriInfo uri,
            MultivaluedMap<String, String> form) {
        Map<String, String> params = new HashMap<>();
        form.forEach((name, values) -> params.put(name, values.isEmpty() ? "" : values.get(0)));
        if (signature == null || signature.isBlank()) {
            return Optional.empty();
        }
        String query = uri.getRequestUri().getRawQuery();
        String url = webhookBaseUrl + path + (query == null ? "" : "?" + query);
        return validator.validate(url, params, signature) ? Optional.of(params) : Optional.empty();
    }
}
