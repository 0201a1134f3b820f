package org.centinela.sandbox.adapter.out.http;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.centinela.sandbox.application.Webhooks;
import org.centinela.twilio.TwilioSignature;

/** Posts forms as Twilio does: {@code application/x-www-form-urlencoded}, UTF-8, with {@code X-Twilio-Signature}. */
public final class SignedFormWebhooks implements Webhooks {

    private final HttpClient http;
    private final String authToken;
    private final Duration timeout;

    public SignedFormWebhooks(String authToken, Duration timeout) {
        this.authToken = authToken;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public WebhookAnswer post(String url, Map<String, List<String>> params) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", "TwilioProxy/1.1")
                .header("X-Twilio-Signature", TwilioSignature.sign(authToken, url, params))
                .POST(HttpRequest.BodyPublishers.ofString(form(params)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new WebhookAnswer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new WebhookUnreachableException(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebhookUnreachableException(url, e);
        }
    }

    private static String form(Map<String, List<String>> params) {
        return params.entrySet().stream()
                .flatMap(entry -> entry.getValue().stream().map(value -> encode(entry.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
