package org.centinela.sandbox;

import static io.restassured.RestAssured.given;

import com.twilio.http.NetworkHttpClient;
import com.twilio.http.TwilioRestClient;
import com.twilio.security.RequestValidator;
import java.util.Optional;
import org.apache.http.client.config.RequestConfig;
import org.centinela.twilio.TwilioRestClients;
import org.eclipse.microprofile.config.ConfigProvider;

/** The running sandbox as a test reaches it: through the official SDK, its control API and its signatures. */
public final class SandboxFixture {

    public static final String ACCOUNT_SID = config("twilio.account-sid");
    public static final String AUTH_TOKEN = config("twilio.auth-token");
    public static final String CENTINELA = "+15005550006";

    private SandboxFixture() {
    }

    /** The official SDK, pointed at the sandbox under test. */
    public static TwilioRestClient sdk() {
        return sdk(AUTH_TOKEN, new NetworkHttpClient());
    }

    /** The SDK with the given auth token and transport (e.g. with a short socket timeout). */
    public static TwilioRestClient sdk(String authToken, com.twilio.http.HttpClient transport) {
        return TwilioRestClients.create(ACCOUNT_SID, authToken, Optional.of(baseUrl()), transport);
    }

    public static com.twilio.http.HttpClient transportTimingOutAfter(int millis) {
        return new NetworkHttpClient(RequestConfig.custom().setConnectTimeout(millis).setSocketTimeout(millis).build());
    }

    /** Whether the SDK's validator accepts what the sandbox posted, exactly as a service would check it. */
    public static boolean signedAsTwilioSigns(WebhookReceiver.Received request) {
        return new RequestValidator(AUTH_TOKEN).validate(request.url(), request.form(), request.signature());
    }

    public static void reset() {
        given().when().delete("/sandbox").then().statusCode(204);
        WebhookReceiver.clear();
    }

    private static String baseUrl() {
        return ConfigProvider.getConfig().getValue("test.url", String.class);
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }
}
