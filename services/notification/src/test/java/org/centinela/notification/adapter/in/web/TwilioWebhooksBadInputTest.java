package org.centinela.notification.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.centinela.testing.fuzz.LoopbackHttp;
import org.centinela.twilio.TwilioWebhookForm;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever is posted to a Twilio webhook, written on the socket exactly as given: a form that is not one is a 400,
 * anything unsigned a 403, both problem+json without a stack trace, never a 5xx.
 */
@QuarkusTest
class TwilioWebhooksBadInputTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    @ParameterizedTest
    @ValueSource(strings = {"/twilio/status", "/twilio/voice/gather"})
    void aMalformedPercentEncodingIsA400(String webhook) throws IOException {
        LoopbackHttp.Answer answer = post(webhook, "CallSid=CA1&Body=%E0%A4%A");

        assertRefused(answer, 400);
        assertThat(answer.body()).contains("The form is malformed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/twilio/status", "/twilio/voice/gather"})
    void aPercentEncodingThatIsNotHexadecimalIsA400(String webhook) throws IOException {
        assertRefused(post(webhook, "CallSid=CA%ZZ1&Digits=1"), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/twilio/status", "/twilio/voice/gather"})
    void moreThanAThousandFieldsAreA400(String webhook) throws IOException {
        String fields = IntStream.rangeClosed(0, TwilioWebhookForm.MAX_FIELDS).mapToObj(i -> "f" + i + "=1")
                .collect(Collectors.joining("&"));

        assertRefused(post(webhook, fields), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/twilio/status", "/twilio/voice/gather"})
    void aNulOrALoneSurrogateUnsignedIsA403(String webhook) throws IOException {
        assertRefused(post(webhook, "CallSid=CA%00&CallStatus=busy&Digits=1"), 403);
        assertRefused(post(webhook, "CallSid=CA%ED%A0%80&CallStatus=busy&Digits=1"), 403);
        assertRefused(post(webhook, "Call%00Sid=CA1&CallStatus=busy"), 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/twilio/status", "/twilio/voice/gather"})
    void noFieldsOrNoBodyUnsignedIsA403(String webhook) throws IOException {
        assertRefused(post(webhook, ""), 403);
        assertRefused(post(webhook, "&&=&"), 403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/twilio/status", "/twilio/voice/gather"})
    void aBodyAboveTheLimitIsA413BeforeItsSignatureIsRead(String webhook) throws IOException {
        // 16K is the limit (quarkus.http.limits.max-body-size); a body far larger is refused the same way, but its
        // connection is closed while the client may still be sending.
        assertRefused(post(webhook, "CallSid=CA1&Body=" + "a".repeat(20_000)), 413);
    }

    private static LoopbackHttp.Answer post(String webhook, String body) throws IOException {
        LoopbackHttp http = new LoopbackHttp(URI.create("http://127.0.0.1:" + RestAssured.port), Duration.ofSeconds(10));
        return http.send("POST", webhook + "?d=" + UUID.randomUUID(),
                Map.of("Content-Type", FORM, "X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl"),
                body.getBytes(StandardCharsets.US_ASCII));
    }

    private static void assertRefused(LoopbackHttp.Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + status).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
