package org.centinela.notification.adapter.in.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.centinela.notification.domain.BriefLink;
import org.centinela.testing.ManagementInterface;
import org.centinela.testing.fuzz.Credential;
import org.centinela.testing.fuzz.FuzzRun;
import org.junit.jupiter.api.Test;

/**
 * Every operation of notification's OpenAPI document, sent valid-looking and malformed requests by no one: none
 * carries a Twilio signature nor a link token of ours, so none may be accepted, and none may break the service.
 * The pages people open answer in HTML; the webhooks refuse in problem+json. Replay a failure with the
 * {@code -Dfuzz.seed} and {@code -Dfuzz.size} it prints.
 */
@QuarkusTest
class NotificationApiFuzzTest {

    @Test
    void nothingUnsignedIsAcceptedAndNothingBreaksTheService() {
        FuzzRun.against("http://127.0.0.1:" + RestAssured.port, ManagementInterface.testUrl())
                .as(Credential.anonymous())
                .answersOtherThanProblemJsonUnder(AckPage.PATH, BriefLink.PATH)
                .tokenRequiredUnder("/twilio/", AckPage.PATH, BriefLink.PATH)
                .assertNoFindings();
    }
}
