package org.centinela.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.centinela.testing.fuzz.Credential;
import org.centinela.testing.fuzz.FuzzRun;
import org.junit.jupiter.api.Test;

/**
 * The shared refusals leave a service nothing to answer with a 5xx or a stack trace: the fuzz harness finds
 * nothing in the test app, whose operations do nothing but read their input.
 */
@QuarkusTest
class FuzzedProbeTest {

    @Test
    void malformedInputNeverBreaksTheTestApp() {
        // The test app has no management interface: its OpenAPI document is on its one port.
        String url = "http://127.0.0.1:" + RestAssured.port;
        FuzzRun.against(url, url).as(Credential.anonymous()).assertNoFindings();
    }
}
