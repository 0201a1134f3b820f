package org.centinela.risk.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RiskModelResourceTest {

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void anOperatorReplacesTheModelAndEachReplacementIsANewVersionWithHerName() {
        JsonPath current = given().when().get("/api/v1/risk/model").then().statusCode(200)
                .body("version", greaterThanOrEqualTo(1))
                .body("model.lexicons.es.entries.size()", greaterThanOrEqualTo(10))
                .extract().jsonPath();
        int version = current.getInt("version");
        Map<String, Object> model = current.getMap("model");

        given().contentType("application/json").body(model).when().put("/api/v1/risk/model")
                .then().statusCode(200)
                .body("version", equalTo(version + 1))
                .body("changedBy", equalTo("operadora"));
        given().when().get("/api/v1/risk/model/versions?limit=2").then().statusCode(200)
                .body("[0].version", equalTo(version + 1))
                .body("[1].version", equalTo(version));
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void anInvalidModelIs422SayingWhatIsWrongAndSavesNothing() {
        JsonPath current = given().when().get("/api/v1/risk/model").then().extract().jsonPath();
        int version = current.getInt("version");
        Map<String, Object> model = current.getMap("model");
        model.put("thresholds", Map.of("elevated", 60, "high", 40, "critical", 80));

        given().contentType("application/json").body(model).when().put("/api/v1/risk/model")
                .then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("detail", org.hamcrest.Matchers.containsString("thresholds"))
                .body("errors[0].field", equalTo("thresholds"))
                .body("errors[0].message", equalTo("thresholds.high must be greater than thresholds.elevated"))
                .body("errors[0].code", equalTo("thresholds-not-increasing"))
                .body("errors[0].args", equalTo(List.of("thresholds.elevated")));
        given().when().get("/api/v1/risk/model").then().body("version", equalTo(version));
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void aRuleOfTheWholeModelIs422NamingItsFieldAndSavesNothing() {
        JsonPath current = given().when().get("/api/v1/risk/model").then().extract().jsonPath();
        int version = current.getInt("version");
        Map<String, Object> model = current.getMap("model");
        @SuppressWarnings("unchecked")
        Map<String, Object> lexicons = new java.util.HashMap<>((Map<String, Object>) model.get("lexicons"));
        lexicons.remove("en");
        model.put("lexicons", lexicons);

        given().contentType("application/json").body(model).when().put("/api/v1/risk/model")
                .then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("lexicons"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("'en'"))
                .body("errors[0].code", equalTo("lexicon-missing"))
                .body("errors[0].args", equalTo(List.of("en")));
        given().when().get("/api/v1/risk/model").then().body("version", equalTo(version));
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void aBodyThatIsNotAModelIs400() {
        given().contentType("application/json").body("{\"weights\": ").when().put("/api/v1/risk/model")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("The body is not valid JSON"));
        given().contentType("application/json").body(Map.of("thresholds", "high")).when().put("/api/v1/risk/model")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("thresholds"));
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    @SuppressWarnings("unchecked")
    void aNullOrMissingWeightIs422NamingItRatherThanReadAs0() {
        JsonPath current = given().when().get("/api/v1/risk/model").then().extract().jsonPath();
        int version = current.getInt("version");
        Map<String, Object> model = current.getMap("model");
        Map<String, Object> weights = new HashMap<>((Map<String, Object>) model.get("weights"));
        weights.put("panic", null);
        model.put("weights", weights);

        given().contentType("application/json").body(model).when().put("/api/v1/risk/model")
                .then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("weights"))
                .body("errors[0].message", equalTo("weights.panic must not be null"))
                .body("errors[0].code", equalTo("required"));
        weights.remove("panic");
        given().contentType("application/json").body(model).when().put("/api/v1/risk/model")
                .then().statusCode(422)
                .body("errors[0].message", equalTo("weights.panic must not be null"));
        given().when().get("/api/v1/risk/model").then().body("version", equalTo(version))
                .body("model.weights.panic", greaterThanOrEqualTo(1));
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    @SuppressWarnings("unchecked")
    void aNulInAPhraseOrALoneSurrogateInAZoneNameIs400NamingTheFieldAndSavesNothing() throws Exception {
        JsonPath current = given().when().get("/api/v1/risk/model").then().extract().jsonPath();
        int version = current.getInt("version");
        Map<String, Object> model = current.getMap("model");
        Map<String, Object> lexicons = (Map<String, Object>) model.get("lexicons");
        List<Map<String, Object>> spanish = (List<Map<String, Object>>) ((Map<String, Object>) lexicons.get("es")).get("entries");
        spanish.get(0).put("phrase", "amenaza\u0000");

        given().contentType("application/json").body(model).when().put("/api/v1/risk/model")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("lexicons.es.entries[0].phrase"));

        spanish.get(0).put("phrase", "amenaza");
        model.put("hotZones", List.of(Map.of("id", "z18", "name", "LONE-SURROGATE", "lat", 14.6, "lon", -90.5,
                "radiusMetres", 1000)));
        String body = new ObjectMapper().writeValueAsString(model).replace("LONE-SURROGATE", "Zona \\ud800");
        given().contentType("application/json").body(body).when().put("/api/v1/risk/model")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("hotZones[0].name"));
        given().when().get("/api/v1/risk/model").then().body("version", equalTo(version));
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void aNulInTheDefenderToExplainForIs400RatherThanAFailedQuery() {
        given().contentType("application/json").body(Map.of("type", "PANIC", "defenderId", "d\u0000"))
                .when().post("/api/v1/risk/explain").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("defenderId"));
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void anAccuracyTooLargeToBeANumberIs400NamingIt() {
        given().contentType("application/json")
                .body("{\"type\":\"PANIC\",\"location\":{\"lat\":14.6,\"lon\":-90.5,\"accuracyM\":1e400}}")
                .when().post("/api/v1/risk/explain").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("location.accuracyM"));
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void aLimitThatIsNotANumberIs400NamingIt() {
        given().when().get("/api/v1/risk/model/versions?limit=abc").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void explainScoresAHypotheticalSignalAndListsWhy() {
        given().contentType("application/json")
                .body(Map.of("type", "REPORT", "text", "Nos amenazaron y hubo disparos", "language", "es"))
                .when().post("/api/v1/risk/explain").then().statusCode(200)
                .body("score", greaterThanOrEqualTo(1))
                .body("factors.code", hasItem("type.report"))
                .body("factors.explanation", hasItem(org.hamcrest.Matchers.containsString("disparo")));
    }

    @Test
    @TestSecurity(user = "ana", roles = "responder")
    void aResponderMayNotReadOrTuneTheModel() {
        given().when().get("/api/v1/risk/model").then().statusCode(403);
        given().contentType("application/json").body(Map.of("type", "PANIC"))
                .when().post("/api/v1/risk/explain").then().statusCode(403);
    }

    @Test
    void withoutATokenTheAnswerIs401() {
        given().when().get("/api/v1/risk/model").then().statusCode(401);
    }
}
