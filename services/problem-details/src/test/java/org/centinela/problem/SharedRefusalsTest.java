package org.centinela.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.signal.SignalReceived;
import org.junit.jupiter.api.Test;

/** The refusals every service shares, as a running app answers them (the test app's {@link ProbeResource}). */
@QuarkusTest
class SharedRefusalsTest {

    @Test
    void aNulInAJsonStringIs400NamingItsPath() {
        json("{\"inner\":{\"tags\":[\"ok\",\"a\\u0000b\"]}}").post("/probe/json").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("errors[0].field", equalTo("inner.tags[1]"))
                .body("detail", equalTo("The value of 'inner.tags[1]' must not contain a NUL character or a lone surrogate"));
    }

    @Test
    void aLoneSurrogateInAJsonStringIs400NamingItsField() {
        json("{\"name\":\"Zona \\ud800\"}").post("/probe/json").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void jsonWithoutForbiddenCharactersIsReadAsBefore() {
        json("{\"name\":\"\\ud83c\\udd98 ayuda\",\"labels\":{\"k\":\"v\"}}").post("/probe/json").then().statusCode(200)
                .body("name", equalTo("\ud83c\udd98 ayuda"))
                .body("labels.k", equalTo("v"));
    }

    @Test
    void theEventsOwnJsonStillReadsWhatTheApiRefuses() {
        String event = "{\"schemaVersion\":1,\"signalId\":\"" + UUID.randomUUID() + "\",\"defenderId\":\"d-1\","
                + "\"verifiedSender\":true,\"type\":\"PANIC\",\"source\":\"SMS\",\"receivedAt\":\"" + Instant.now()
                + "\",\"text\":\"a\\u0000b\"}";

        assertThat(EventJson.read(event.getBytes(StandardCharsets.UTF_8), SignalReceived.class).text()).isEqualTo("a\u0000b");
    }

    @Test
    void aNulInAQueryOrPathParameterIs400NamingIt() {
        raw().get("/probe/page?search=a%00b").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("errors[0].field", equalTo("search"));
        raw().get("/probe/items/a%00b").then().statusCode(400)
                .body("errors[0].field", equalTo("path"));
        raw().get("/probe/page?a%00=1").then().statusCode(400)
                .body("errors[0].field", equalTo("query"));
    }

    @Test
    void aQueryParameterThatIsNotANumberOrAUuidIs400NamingIt() {
        raw().get("/probe/page?page=abc").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("errors[0].field", equalTo("page"))
                .body("detail", equalTo("The query parameter 'page' must be a whole number"));
        raw().get("/probe/page?size=1.5").then().statusCode(400).body("errors[0].field", equalTo("size"));
        raw().get("/probe/page?after=nope").then().statusCode(400).body("errors[0].field", equalTo("after"));
        raw().get("/probe/page?page=2&size=3").then().statusCode(200).body("page", equalTo(2));
    }

    @Test
    void aPathIdThatIsNotAUuidStillNamesNoResource() {
        raw().get("/probe/items/abc").then().statusCode(404).contentType(startsWith(Problem.MEDIA_TYPE));
    }

    @Test
    void aFormThatCannotBeDecodedOrHasTooManyFieldsIs400() {
        form("Body=%E0%A4%A").post("/probe/form").then().statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("detail", startsWith("The form is malformed"));
        form("f=1&".repeat(1001) + "Body=x").post("/probe/form").then().statusCode(400)
                .body("detail", startsWith("The form is malformed"));
        form("Body=ayuda%20ya").post("/probe/form").then().statusCode(200).body(equalTo("ayuda ya"));
    }

    @Test
    void aRequestTheRouterRefusesIsAProblemToo() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /probe/page HTTP/1.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("content-type: application/problem+json")
                    .contains("\"status\":400");
        }
    }

    private static RequestSpecification json(String body) {
        return given().contentType("application/json").body(body.getBytes(StandardCharsets.UTF_8));
    }

    private static RequestSpecification form(String body) {
        return raw().contentType("application/x-www-form-urlencoded").body(body);
    }

    private static RequestSpecification raw() {
        return given().urlEncodingEnabled(false);
    }
}
