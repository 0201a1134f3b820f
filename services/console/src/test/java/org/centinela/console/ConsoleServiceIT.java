package org.centinela.console;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import org.centinela.testing.RunningServiceContract;
import org.junit.jupiter.api.Test;

/** The packaged console on the local stack: the checks of every service, and a sign-in that starts at Keycloak. */
@QuarkusIntegrationTest
class ConsoleServiceIT extends RunningServiceContract {

    @Override
    protected String database() {
        return "centinela_console_test";
    }

    @Override
    protected String migratedTable() {
        return "assessed_signal";
    }

    @Test
    void aPageWithoutSessionSendsTheBrowserToKeycloakWithPkce() {
        given().redirects().follow(false).accept("text/html")
                .when().get("/board")
                .then()
                .statusCode(302)
                .header("Location", containsString("/realms/centinela/protocol/openid-connect/auth"))
                .header("Location", containsString("client_id=centinela-console"))
                .header("Location", containsString("code_challenge_method=S256"));
    }

    @Test
    void styleSheetsAndScriptsComeFromTheConsoleItself() {
        given().when().get("/static/live.js").then().statusCode(200);
        given().when().get("/static/console.css").then().statusCode(200);
        given().redirects().follow(false).when().get("/signed-out").then().statusCode(200)
                .header("Content-Security-Policy", containsString("default-src 'self'"));
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
