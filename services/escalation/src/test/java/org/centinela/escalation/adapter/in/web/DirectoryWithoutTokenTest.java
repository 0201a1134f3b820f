package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class DirectoryWithoutTokenTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/responders", "/api/v1/defenders", "/api/v1/groups", "/api/v1/policies"})
    void withoutATokenNothingIsReadOrWritten(String path) {
        given().when().get(path).then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).when().put(path + "/x").then().statusCode(401);
    }
}
