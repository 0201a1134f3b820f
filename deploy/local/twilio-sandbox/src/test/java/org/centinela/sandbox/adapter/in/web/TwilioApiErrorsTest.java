package org.centinela.sandbox.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.centinela.sandbox.SandboxFixture.CENTINELA;
import static org.hamcrest.Matchers.equalTo;

import com.twilio.exception.ApiException;
import com.twilio.http.NetworkHttpClient;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import io.quarkus.test.junit.QuarkusTest;
import java.util.stream.Stream;
import org.centinela.sandbox.SandboxFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests Twilio refuses are refused with Twilio's status, code and JSON, which the SDK understands. */
@QuarkusTest
class TwilioApiErrorsTest {

    private static final String MESSAGES = "/2010-04-01/Accounts/" + SandboxFixture.ACCOUNT_SID + "/Messages.json";
    private static final String CALLS = "/2010-04-01/Accounts/" + SandboxFixture.ACCOUNT_SID + "/Calls.json";

    @BeforeEach
    void reset() {
        SandboxFixture.reset();
    }

    static Stream<Arguments> refusedMessages() {
        return Stream.of(
                Arguments.of("missing To", "From=%2B15005550006&Body=hola", 21604),
                Arguments.of("To not E.164", "To=55510001&From=%2B15005550006&Body=hola", 21211),
                Arguments.of("neither From nor MessagingServiceSid", "To=%2B50255510001&Body=hola", 21603),
                Arguments.of("From not E.164", "To=%2B50255510001&From=centinela&Body=hola", 21212),
                Arguments.of("no Body", "To=%2B50255510001&From=%2B15005550006", 21602),
                Arguments.of("Body over 1600 characters", "To=%2B50255510001&From=%2B15005550006&Body=" + "a".repeat(1601), 21617));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @MethodSource("refusedMessages")
    void refusedMessagesGetTwiliosErrorJson(String why, String form, int code) {
        given().auth().preemptive().basic(SandboxFixture.ACCOUNT_SID, SandboxFixture.AUTH_TOKEN)
                .contentType("application/x-www-form-urlencoded").body(form)
                .when().post(MESSAGES)
                .then().statusCode(400)
                .body("code", equalTo(code))
                .body("status", equalTo(400))
                .body("more_info", equalTo("https://www.twilio.com/docs/errors/" + code));
        given().when().get("/sandbox/messages").then().body("size()", equalTo(0));
    }

    @Test
    void theSdkSeesAnInvalidNumberAsAnApiExceptionWithItsCode() {
        ApiException refused = catchThrowableOfType(ApiException.class, () ->
                Message.creator(new PhoneNumber("12345"), new PhoneNumber(CENTINELA), "hola").create(SandboxFixture.sdk()));

        assertThat(refused.getCode()).isEqualTo(21211);
        assertThat(refused.getStatusCode()).isEqualTo(400);
    }

    @Test
    void aCallNeedsTwimlOrAUrlAndValidTwiml() {
        given().auth().preemptive().basic(SandboxFixture.ACCOUNT_SID, SandboxFixture.AUTH_TOKEN)
                .contentType("application/x-www-form-urlencoded").body("To=%2B50255510001&From=%2B15005550006")
                .when().post(CALLS)
                .then().statusCode(400).body("code", equalTo(21205));

        ApiException badTwiml = catchThrowableOfType(ApiException.class, () -> Call.creator(
                new PhoneNumber("+50255510001"), new PhoneNumber(CENTINELA), new Twiml("<Say>no response root</Say>"))
                .create(SandboxFixture.sdk()));
        assertThat(badTwiml.getCode()).isEqualTo(21232);
    }

    @Test
    void wrongCredentialsAre401WithCode20003() {
        ApiException refused = catchThrowableOfType(ApiException.class, () ->
                Message.creator(new PhoneNumber("+50255510001"), new PhoneNumber(CENTINELA), "hola")
                        .create(SandboxFixture.sdk("not-the-token", new NetworkHttpClient())));

        assertThat(refused.getStatusCode()).isEqualTo(401);
        assertThat(refused.getCode()).isEqualTo(20003);
        given().when().post(MESSAGES).then().statusCode(401).header("WWW-Authenticate", "Basic realm=\"Twilio API\"");
        given().when().get("/sandbox/messages").then().body("size()", equalTo(0));
    }

    @Test
    void anUnknownSidIsNotFound() {
        ApiException missing = catchThrowableOfType(ApiException.class, () ->
                Message.fetcher("SM00000000000000000000000000000000").fetch(SandboxFixture.sdk()));

        assertThat(missing.getStatusCode()).isEqualTo(404);
        assertThat(missing.getCode()).isEqualTo(20404);
    }
}
