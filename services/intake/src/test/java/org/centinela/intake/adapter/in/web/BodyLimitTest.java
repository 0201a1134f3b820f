package org.centinela.intake.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Bodies are held to quarkus.http.limits.max-body-size (128K): the largest report the API takes gets through to be
 * judged, and anything larger is refused with 413 before it is read, on every endpoint.
 */
@QuarkusTest
class BodyLimitTest {

    private static final int LIMIT = 128 * 1024;

    @Test
    void aBodyLargerThanTheLimitIsRefusedWith413BeforeAnythingReadsIt() {
        given().contentType("application/x-www-form-urlencoded").body("Body=" + "x".repeat(LIMIT))
                .when().post("/twilio/sms").then().statusCode(413)
                .contentType(containsString("application/problem+json"));
        given().contentType("application/json").body("{\"text\":\"" + "x".repeat(LIMIT) + "\"}")
                .when().post("/api/v1/sos").then().statusCode(413)
                .contentType(containsString("application/problem+json"));
    }

    @Test
    void theLargestReportTheApiTakesIsNotRefusedForItsSize() {
        // 20,000 characters, each escaped as JSON may escape it (6 bytes): 120,000 bytes, under the limit.
        String narrative = "\\u00e9".repeat(20_000);
        String report = "{\"clientId\":\"" + UUID.randomUUID() + "\",\"violenceType\":\"THREAT\","
                + "\"perpetratorType\":\"UNKNOWN\",\"narrative\":\"" + narrative + "\"}";
        // Without a device token: read and judged, and refused for who sent it, not for its size.
        given().contentType("application/json").body(report).when().post("/api/v1/reports").then()
                .statusCode(oneOf(401, 403));
    }
}
