package org.centinela.testing;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/**
 * Where the app under test serves its health checks, its metrics and its OpenAPI document: the management interface,
 * a port of its own, never the public HTTP port. A {@code @QuarkusTest} listens there on Quarkus's
 * {@code quarkus.management.test-port}, 9001; each service's {@code it} profile puts the packaged app of its
 * {@code *IT} tests on the same port.
 */
public final class ManagementInterface {

    public static final int TEST_PORT = 9001;

    private ManagementInterface() {
    }

    /** A request to the management interface of the app under test. */
    public static RequestSpecification request() {
        return RestAssured.given().port(TEST_PORT);
    }

    /** {@code http://127.0.0.1:9001}. */
    public static String testUrl() {
        return "http://127.0.0.1:" + TEST_PORT;
    }
}
