package org.centinela.notification;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.centinela.testing.RunningServiceContract;

@QuarkusIntegrationTest
@TestProfile(NotificationServiceIT.SendingNothing.class)
class NotificationServiceIT extends RunningServiceContract {

    /**
     * This app shares the test database with the app that the delivery ITs run: it must neither send (to a
     * sandbox that is not there) what they requested, nor record requests that a running escalation
     * publishes, which theirs would then send.
     */
    public static class SendingNothing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notification.dispatch.workers", "0", "notification.dispatch.reconcile-every", "off",
                    "mp.messaging.incoming.requests.topic", "notifications.requested.it-idle");
        }
    }

    @Override
    protected String database() {
        return "centinela_notification_test";
    }

    @Override
    protected String migratedTable() {
        return "notification_delivery";
    }
}
