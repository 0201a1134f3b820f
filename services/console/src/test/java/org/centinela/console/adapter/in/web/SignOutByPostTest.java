package org.centinela.console.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Signing out is a POST from the console's own pages: a GET (a link or an image on any page) signs no one out, nor does
 * a POST from another site. A POST from the console's page goes on to Quarkus OIDC, which signs out a session (ended
 * at Keycloak too: ConsoleInBrowserIT) and, without one, asks for the sign-in as any other page.
 */
@QuarkusTest
class SignOutByPostTest {

    @Test
    void aGetSignsNoOneOut() {
        given().redirects().follow(false).when().get("/logout").then().statusCode(405).header("Allow", "POST");
        given().redirects().follow(false).when().head("/logout").then().statusCode(405);
    }

    @Test
    void aPostFromAnotherSiteSignsNoOneOut() {
        given().redirects().follow(false).header("Sec-Fetch-Site", "cross-site").when().post("/logout").then()
                .statusCode(403);
        given().redirects().follow(false).header("Sec-Fetch-Site", "same-site").when().post("/logout").then()
                .statusCode(403);
        given().redirects().follow(false).header("Origin", "https://elsewhere.example").when().post("/logout").then()
                .statusCode(403);
    }

    @Test
    void aPostFromTheConsolesOwnPageGoesOnToTheSignOut() {
        // No session here: OIDC answers as for any page without one, with the way to Keycloak's sign-in.
        given().redirects().follow(false).header("Sec-Fetch-Site", "same-origin").when().post("/logout").then()
                .statusCode(302).header("Location", containsString("/protocol/openid-connect/auth"));
    }
}
