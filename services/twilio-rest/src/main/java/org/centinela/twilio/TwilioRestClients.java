package org.centinela.twilio;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import java.util.Optional;

/**
 * Builds the official SDK's {@link TwilioRestClient}: against Twilio's own hosts when no base URL is
 * configured (production), or with every request sent to {@code baseUrl} instead (the local sandbox).
 * Nothing else of the SDK changes: the same creators, readers, auth and error handling are used.
 */
public final class TwilioRestClients {

    private TwilioRestClients() {
    }

    public static TwilioRestClient create(String accountSid, String authToken, Optional<String> baseUrl) {
        return create(accountSid, authToken, baseUrl, new NetworkHttpClient());
    }

    /** As {@link #create(String, String, Optional)}, sending through {@code transport} (e.g. with other timeouts). */
    public static TwilioRestClient create(String accountSid, String authToken, Optional<String> baseUrl,
            HttpClient transport) {
        HttpClient httpClient = baseUrl.filter(url -> !url.isBlank())
                .<HttpClient>map(url -> new BaseUrlHttpClient(url, transport))
                .orElse(transport);
        return new TwilioRestClient.Builder(accountSid, authToken).httpClient(httpClient).build();
    }
}
