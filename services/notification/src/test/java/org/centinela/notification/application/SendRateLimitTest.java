package org.centinela.notification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.signal.Grade;
import org.centinela.notification.FakeProviders;
import org.centinela.notification.People;
import org.centinela.notification.TestNetwork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One SMS a second from Centinela's number, as Twilio allows a long code; what is queued meanwhile goes CRITICAL first. */
@QuarkusTest
@TestProfile(SendRateLimitTest.OneSmsASecond.class)
class SendRateLimitTest {

    /** The production rate of a long code: one SMS a second. */
    public static class OneSmsASecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("notification.rate.sms-per-second", "1");
        }
    }

    @Inject
    TestNetwork network;
    @Inject
    FakeProviders providers;
    @Inject
    SendNext sendNext;

    @BeforeEach
    void cleanAndAfterTheLastTestsSms() {
        network.reset();
        await().atMost(Duration.ofSeconds(2)).until(() -> sendNext.sendNext().nanosUntilRight() == 0);
    }

    @Test
    void aSecondSmsWaitsForItsTurnWhileOtherChannelsGoOn() {
        String responder = network.responder(People.uniquePhone(), People.uniqueEmail(), "es");
        network.accept(People.alert(responder, Channel.SMS), People.alert(responder, Channel.SMS),
                People.alert(responder, Channel.EMAIL));

        assertThat(network.sendDue()).isEqualTo(2);

        assertThat(providers.sent(Channel.SMS)).hasSize(1);
        assertThat(providers.sent(Channel.EMAIL)).as("e-mail has no limit here").hasSize(1);
        SendNext.Turn turn = sendNext.sendNext();
        assertThat(turn.sent()).isFalse();
        assertThat(turn.nanosUntilRight()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(1).toNanos());
        await().atMost(Duration.ofSeconds(2)).until(() -> sendNext.sendNext().sent());
        assertThat(providers.sent(Channel.SMS)).hasSize(2);
    }

    @Test
    void whileSmsWaitForTheirTurnACriticalAlertOvertakesTheQueue() {
        UUID low = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            network.accept(People.request(low, "1111", network.responder(People.uniquePhone(), null, "es"), Channel.SMS,
                    NotificationPurpose.ALERT, Grade.LOW));
        }
        network.sendDue();
        assertThat(providers.sent(Channel.SMS)).hasSize(1);

        network.accept(People.request(UUID.randomUUID(), "9999", network.responder(People.uniquePhone(), null, "es"),
                Channel.SMS, NotificationPurpose.ALERT, Grade.CRITICAL));
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50))
                .until(() -> sendNext.sendNext().sent());

        assertThat(providers.sent(Channel.SMS)).hasSize(2);
        assertThat(providers.sent(Channel.SMS).get(1).text()).contains("9999");
    }
}
