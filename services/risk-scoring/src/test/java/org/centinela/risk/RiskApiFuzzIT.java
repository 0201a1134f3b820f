package org.centinela.risk;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import org.centinela.testing.LocalKeycloak;
import org.centinela.testing.ManagementInterface;
import org.centinela.testing.fuzz.Credential;
import org.centinela.testing.fuzz.FuzzRun;
import org.junit.jupiter.api.Test;

/**
 * The packaged risk-scoring's API, fuzzed from its own OpenAPI document as an operator, as a responder and without
 * a token: no 5xx, no stack trace, every refusal a problem+json, nothing answered to anyone but an operator. Half the
 * model replacements start from the current model, so that what they spoil gets past the model's rules.
 */
@QuarkusIntegrationTest
class RiskApiFuzzIT {

    private static final String MODEL = "/api/v1/risk/model";

    @Test
    void malformedRequestsNeverBreakTheApi() throws Exception {
        String operator = LocalKeycloak.accessToken(LocalKeycloak.OPERATOR);
        String responder = LocalKeycloak.accessToken(LocalKeycloak.RESPONDER);
        String current = new ObjectMapper().readTree(given().auth().oauth2(operator).when().get(MODEL).then()
                .statusCode(200).extract().asString()).get("model").toString();
        try {
            FuzzRun.against("http://127.0.0.1:" + RestAssured.port, ManagementInterface.testUrl())
                    .as(Credential.bearer("operator", operator, "operator"),
                            Credential.bearer("responder", responder, "responder"),
                            Credential.anonymous())
                    .example("PUT " + MODEL, current)
                    .assertNoFindings();
        } finally {
            // A fuzzed model that keeps every rule is saved: the model the other tests expect is put back.
            given().auth().oauth2(operator).contentType("application/json").body(current).when().put(MODEL)
                    .then().statusCode(200);
        }
    }
}
