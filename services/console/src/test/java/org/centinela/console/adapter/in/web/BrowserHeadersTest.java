package org.centinela.console.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/**
 * Every answer the console gives a browser carries its security headers: the pages of a signed-in operator, the
 * public pages, the style sheet and script, and its refusals.
 */
@QuarkusTest
class BrowserHeadersTest {

    @Test
    @TestSecurity(user = "ana", roles = "operator")
    void theSignedInPagesCarryThem() {
        guarded(given().redirects().follow(false).when().get("/board").then())
                .body(containsString("<form class=\"signout\" method=\"post\" action=\"/logout\">"))
                .body(not(containsString("href=\"/logout\"")));
        guarded(given().redirects().follow(false).when().get("/network/responders/new").then());
    }

    @Test
    void thePublicPagesAndTheStaticFilesCarryThem() {
        guarded(given().redirects().follow(false).when().get("/signed-out").then().statusCode(200));
        guarded(given().when().get("/static/console.css").then().statusCode(200));
        guarded(given().when().get("/static/live.js").then().statusCode(200));
    }

    @Test
    void theSignInRedirectAndTheRefusalsCarryThem() {
        guarded(given().redirects().follow(false).when().get("/board").then().statusCode(302));
        guarded(given().redirects().follow(false).when().get("/logout").then().statusCode(405));
    }

    /** The headers of every answer. */
    static ValidatableResponse guarded(ValidatableResponse response) {
        return response.header("Strict-Transport-Security", "max-age=31536000")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                // Not no-referrer: see application.properties (form posts must keep their Origin for SameOriginChanges).
                .header("Referrer-Policy", "same-origin")
                .header("Content-Security-Policy", containsString("default-src 'self'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")));
    }
}
