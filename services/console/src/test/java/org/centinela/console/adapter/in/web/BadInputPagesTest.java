package org.centinela.console.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.specification.RequestSpecification;
import java.util.Collections;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/**
 * What the console answers an operator's request it cannot read: a page in her language that says what is wrong,
 * never a 5xx nor a stack trace, and nothing passed on to a service. No service answers in these tests, so a request
 * the console passed on would come back as 502.
 */
@QuarkusTest
@TestSecurity(user = "ana", roles = "operator")
class BadInputPagesTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Test
    void aLanguageSwitchWithoutALanguageFallsBackToSpanish() {
        given().redirects().follow(false).when().get("/language")
                .then().statusCode(303).header("Location", containsString("/board"))
                .header("Set-Cookie", containsString("centinela-lang=es"));
    }

    @Test
    void aTrialWithoutASignalTypeIsRefusedNamingTheType() {
        inEnglish().contentType(FORM).formParam("text", "help").when().post("/risk/try")
                .then().statusCode(400).body(page("“type” is missing"));
        inEnglish().contentType(FORM).formParam("type", "EARTHQUAKE").when().post("/risk/try")
                .then().statusCode(400).body(page("“type” is missing, or is not one of its choices"));
    }

    @Test
    void aNulInAFormFieldIsRefusedNamingTheFieldAndNotPassedOn() {
        inEnglish().contentType(FORM).body("name=Ana%00&phone=%2B50255501234&language=es").when()
                .post("/network/responders")
                .then().statusCode(400).body(page("“name” contains a character no one types"));
        inEnglish().contentType(FORM).body("verification=her%00sister").when()
                .post("/network/defenders/d-1/phone-seized/clear")
                .then().statusCode(400).body(page("“verification” contains a character no one types"));
        inEnglish().contentType(FORM).body("kind=ACK%00").when()
                .post("/alerts/6f1c2a8e-3b5d-4c7e-9a10-2b3c4d5e6f70/answer")
                .then().statusCode(400).body(page("“kind” contains a character no one types"));
    }

    @Test
    void aNulInTheNameOfAFieldIsRefusedAsAFormThatCannotBeRead() {
        inEnglish().contentType(FORM).body("type=PANIC&te%00xt=help").when().post("/risk/try")
                .then().statusCode(400).body(page("“form” contains a character no one types"));
    }

    @Test
    void aNulInAQueryParameterOrThePathIsRefusedNamingItAndNotPassedOn() {
        inEnglish().urlEncodingEnabled(false).when().get("/network/responders?search=Ana%00")
                .then().statusCode(400).body(page("“search” contains a character no one types"));
        inEnglish().urlEncodingEnabled(false).when().get("/network/defenders/d%001")
                .then().statusCode(400).body(page("“path” contains a character no one types"));
    }

    @Test
    void aQueryParameterThatIsNoNumberIsRefusedNamingIt() {
        inEnglish().when().get("/network/responders?offset=many")
                .then().statusCode(400).body(page("“offset” is missing, or is not one of its choices"));
    }

    @Test
    void moreFieldsThanAreReadIsAPageInTheReadersLanguage() {
        String fields = IntStream.range(0, 1_001).mapToObj(i -> "f" + i + "=x").collect(Collectors.joining("&"));

        given().redirects().follow(false).header("Accept-Language", "es").contentType(FORM).body(fields)
                .when().post("/alerts/6f1c2a8e-3b5d-4c7e-9a10-2b3c4d5e6f70/answer")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(page("No se pudo leer el formulario"));
    }

    @Test
    void aPercentEncodingThatDecodesToNothingIsAPage() {
        inEnglish().contentType(FORM).body("type=PANIC&text=%E0%A4%A").when().post("/risk/try")
                .then().statusCode(400).body(page("The request is not valid."));
    }

    @Test
    void aHugeFieldIsReadAndTheFormJudgedLikeAnyOther() {
        String huge = String.join("", Collections.nCopies(200_000, "a"));

        inEnglish().contentType(FORM).formParam("type", "EARTHQUAKE").formParam("text", huge).when().post("/risk/try")
                .then().statusCode(400).body(page("“type” is missing"), not(containsString(huge.substring(0, 100))));
    }

    @Test
    void aFailureOfTheConsoleItselfIsA500PageWithOnlyAReference() {
        inEnglish().when().get("/failing-page")
                .then().statusCode(500)
                .body(page("Something failed in the console"), not(containsString(FailingPage.HER_PHONE)),
                        matchesPattern("(?s).*console: [0-9a-f-]{36}.*"));
    }

    private static RequestSpecification inEnglish() {
        return given().redirects().follow(false).header("Accept-Language", "en");
    }

    /** An error page of the console that says {@code message}, with no trace of the code that refused. */
    private static Matcher<String> page(String message) {
        return allOf(containsString("<html"), containsString(message), not(containsString("Exception")),
                not(containsString("at org.")));
    }
}
