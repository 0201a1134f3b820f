package org.centinela.contracts.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.centinela.contracts.Examples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class NotificationStatusTest {

    private static NotificationStatus status(Channel channel, DeliveryStatus status, String errorMessage) {
        return new NotificationStatus("key-1", Examples.ALERT_ID, Examples.RESPONDER_ID, channel, status, null,
                null, errorMessage, Examples.AT);
    }

    @Test
    void isKeyedByTheAlert() {
        assertThat(Examples.notificationFailed().key()).isEqualTo(Examples.ALERT_ID.toString());
    }

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource({"SMS, ANSWERED", "SMS, NO_ANSWER", "EMAIL, ANSWERED", "EMAIL, NO_ANSWER"})
    void onlyACallIsAnsweredOrNot(Channel channel, DeliveryStatus status) {
        assertThatThrownBy(() -> status(channel, status, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("status " + status + " is only possible on VOICE, not on " + channel);
    }

    @ParameterizedTest
    @EnumSource(value = DeliveryStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "OPENED")
    void aCallCanReachAnyStatusButOpened(DeliveryStatus status) {
        assertThat(status(Channel.VOICE, status, null).status()).isEqualTo(status);
    }

    @Test
    void onlyAMessageThatCarriedALinkIsOpened() {
        assertThat(status(Channel.SMS, DeliveryStatus.OPENED, null).status()).isEqualTo(DeliveryStatus.OPENED);
        assertThat(status(Channel.EMAIL, DeliveryStatus.OPENED, null).status()).isEqualTo(DeliveryStatus.OPENED);
        assertThatThrownBy(() -> status(Channel.VOICE, DeliveryStatus.OPENED, null))
                .hasMessage("status OPENED is only possible on SMS or EMAIL, not on VOICE");
    }

    @Test
    void keepsTheErrorMessageShort() {
        String longMessage = "x".repeat(NotificationStatus.MAX_ERROR_MESSAGE_LENGTH + 1);

        assertThatThrownBy(() -> status(Channel.SMS, DeliveryStatus.FAILED, longMessage))
                .hasMessage("errorMessage must be at most 300 characters, was 301");
    }

    @Test
    void needsTheKeyOfTheRequest() {
        assertThatThrownBy(() -> new NotificationStatus(null, Examples.ALERT_ID, Examples.RESPONDER_ID, Channel.SMS,
                DeliveryStatus.SENT, null, null, null, Examples.AT))
                .hasMessage("idempotencyKey must not be null");
    }
}
