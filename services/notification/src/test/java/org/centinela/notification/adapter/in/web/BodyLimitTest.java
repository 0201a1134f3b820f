package org.centinela.notification.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.centinela.notification.adapter.out.twilio.TwilioSettings;
import org.junit.jupiter.api.Test;

/**
 * Bodies are held to quarkus.http.limits.max-body-size (16K): a larger one is refused with 413 before it is read, on
 * the Twilio callbacks and on the link pages' buttons alike.
 */
@QuarkusTest
class BodyLimitTest {

    private static final String TOO_LARGE = "CallSid=CA1&Digits=" + "1".repeat(16 * 1024);

    @Test
    void aBodyLargerThanTheLimitIsRefusedWith413BeforeAnythingReadsIt() {
        for (String path : new String[] {TwilioSettings.GATHER_PATH, TwilioSettings.STATUS_PATH, "/ack/any-token",
            "/b/any-token"}) {
            given().contentType("application/x-www-form-urlencoded").body(TOO_LARGE).when().post(path).then()
                    .statusCode(413).contentType(containsString("application/problem+json"));
        }
    }
}
