package org.centinela.testing;

import static io.restassured.RestAssured.given;

/**
 * Real access tokens from the local Keycloak realm {@code centinela}, whose users' passwords equal
 * their user names (deploy/keycloak). Override the realm URL with {@code -Dkeycloak.realm-url}.
 */
public final class LocalKeycloak {

    public static final String OPERATOR = "operadora";
    public static final String AUDITOR = "auditora";
    public static final String RESPONDER = "ana";

    private static final String REALM_URL =
            System.getProperty("keycloak.realm-url", "http://127.0.0.1:8180/realms/centinela");

    private LocalKeycloak() {
    }

    /** An access token for {@code username}, by password grant through the public client {@code centinela-cli}. */
    public static String accessToken(String username) {
        return given()
                .formParam("grant_type", "password")
                .formParam("client_id", "centinela-cli")
                .formParam("username", username)
                .formParam("password", username)
                .when()
                .post(REALM_URL + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
