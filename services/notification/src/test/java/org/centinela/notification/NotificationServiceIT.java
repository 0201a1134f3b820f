package org.centinela.notification;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.centinela.testing.RunningServiceContract;

@QuarkusIntegrationTest
class NotificationServiceIT extends RunningServiceContract {

    @Override
    protected String database() {
        return "centinela_notification_test";
    }

    @Override
    protected String migratedTable() {
        return "notification_delivery";
    }
}
