package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the fuzz run found answered with a 500 (a NUL that PostgreSQL refuses, a lone surrogate the outbox's JSON
 * cannot write) or a 404 (a page number that is no number): each is a 400 problem naming the field, and nothing
 * of the value comes back.
 */
@QuarkusTest
class MalformedInputTest {

    /** A lone high surrogate, as JSON writes it: no UTF-8 form, so no topic or table can hold it. */
    private static final String LONE_SURROGATE = "\\ud800";
    private static final String NUL = "\\u0000";

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/responders/", "/api/v1/defenders/", "/api/v1/groups/", "/api/v1/policies/"})
    @TestSecurity(user = "operadora", roles = "operator")
    void aNulInAPathIdIsRefusedNamingThePath(String path) {
        refused(given().urlEncodingEnabled(false).when().get(path + "r-ana%00x"), "path");
    }

    @Test
    @TestSecurity(user = "ana", roles = "responder")
    void aNulInAnAlertIdIsRefusedToAResponder() {
        refused(given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"kind\":\"ACKNOWLEDGE\"}")
                .when().post("/api/v1/alerts/%00/responses"), "path");
    }

    @Test
    @TestSecurity(user = "ana", roles = "responder")
    void aNulInAQueryIsRefusedNamingTheParameter() {
        refused(given().urlEncodingEnabled(false).when().get("/api/v1/alerts?defenderId=d-marta%00"), "defenderId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/responders", "/api/v1/defenders", "/api/v1/groups"})
    @TestSecurity(user = "operadora", roles = "operator")
    void aNulInADirectorySearchIsRefusedNamingTheParameter(String path) {
        refused(given().urlEncodingEnabled(false).when().get(path + "?search=Ana%00"), "search");
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void aNulInAResponderNameIsRefusedNamingTheField() {
        refused(given().contentType(ContentType.JSON).body(responderNamed("Ana" + NUL))
                .when().post("/api/v1/responders"), "name");
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void aLoneSurrogateInAResponderNameIsRefusedNamingTheField() {
        refused(given().contentType(ContentType.JSON).body(responderNamed("Ana" + LONE_SURROGATE))
                .when().post("/api/v1/responders"), "name");
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void aLoneSurrogateInADefenderNameIsRefusedNamingTheField() {
        String body = """
                {"name":"Marta%s","phone":"%s","language":"quc","country":"GT","policyId":"%s",
                 "pin":"4821","duressPin":"9173","codeWord":"Maripósa","baselineRisk":2}"""
                .formatted(LONE_SURROGATE, SmallNetwork.localPhone(), SmallNetwork.policy());
        refused(given().contentType(ContentType.JSON).body(body).when().post("/api/v1/defenders"), "name");
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void aPageThatIsNoNumberIsABadRequestNotANotFound() {
        refused(given().when().get("/api/v1/alerts?page=abc"), "page");
        refused(given().when().get("/api/v1/alerts?size=abc"), "size");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/responders", "/api/v1/defenders", "/api/v1/groups", "/api/v1/audit-log"})
    @TestSecurity(user = "operadora", roles = "operator")
    void aLimitThatIsNoNumberIsABadRequestNotANotFound(String path) {
        refused(given().when().get(path + "?limit=abc"), "limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/responders", "/api/v1/defenders", "/api/v1/groups"})
    @TestSecurity(user = "operadora", roles = "operator")
    void anOffsetThatIsNoNumberIsABadRequestNotANotFound(String path) {
        refused(given().when().get(path + "?offset=abc"), "offset");
    }

    private static String responderNamed(String jsonName) {
        return """
                {"name":"%s","phone":"%s","email":"ana@example.org","language":"es","channels":["SMS"]}"""
                .formatted(jsonName, SmallNetwork.localPhone());
    }

    private static void refused(Response answer, String field) {
        answer.then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo(field))
                .body(not(containsString("Exception")));
    }
}
