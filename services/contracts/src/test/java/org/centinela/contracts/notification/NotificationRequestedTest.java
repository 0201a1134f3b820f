package org.centinela.contracts.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Examples;
import org.centinela.contracts.signal.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class NotificationRequestedTest {

    private static final UUID ALERT = Examples.ALERT_ID;
    private static final String PERSON = Examples.RESPONDER_ID;

    private static String key() {
        return NotificationRequested.idempotencyKey(ALERT, 2, 1, PERSON, Channel.SMS, NotificationPurpose.REMINDER);
    }

    @Test
    void theSameStepAlwaysHasTheSameKey() {
        assertThat(key())
                .isEqualTo(key())
                .isEqualTo(ALERT + ":L2:R1:" + PERSON + ":SMS:REMINDER");
    }

    static Stream<String> otherSteps() {
        return Stream.of(
                NotificationRequested.idempotencyKey(UUID.randomUUID(), 2, 1, PERSON, Channel.SMS,
                        NotificationPurpose.REMINDER),
                NotificationRequested.idempotencyKey(ALERT, 3, 1, PERSON, Channel.SMS, NotificationPurpose.REMINDER),
                NotificationRequested.idempotencyKey(ALERT, 2, 2, PERSON, Channel.SMS, NotificationPurpose.REMINDER),
                NotificationRequested.idempotencyKey(ALERT, 2, 1, "res-other", Channel.SMS,
                        NotificationPurpose.REMINDER),
                NotificationRequested.idempotencyKey(ALERT, 2, 1, PERSON, Channel.VOICE, NotificationPurpose.REMINDER),
                NotificationRequested.idempotencyKey(ALERT, 2, 1, PERSON, Channel.SMS,
                        NotificationPurpose.SOMEONE_ON_IT));
    }

    @ParameterizedTest
    @MethodSource("otherSteps")
    void anyOtherStepHasAnotherKey(String otherKey) {
        assertThat(otherKey).isNotEqualTo(key());
    }

    @Test
    void ofBuildsTheKeyTheOneWay() {
        NotificationRequested request = NotificationRequested.of(ALERT, "4821", PERSON, Channel.SMS,
                NotificationPurpose.REMINDER, Grade.HIGH, 2, 1, Examples.AT);

        assertThat(request.idempotencyKey()).isEqualTo(key());
        assertThat(request.key()).isEqualTo(ALERT.toString());
        assertThat(request.schemaVersion()).isEqualTo(NotificationRequested.SCHEMA_VERSION);
    }

    @Test
    void refusesALevelBelow1AndANegativeRound() {
        assertThatThrownBy(() -> NotificationRequested.of(ALERT, "4821", PERSON, Channel.SMS,
                NotificationPurpose.ALERT, Grade.HIGH, 0, 0, Examples.AT))
                .hasMessage("level must be at least 1, was 0");
        assertThatThrownBy(() -> NotificationRequested.of(ALERT, "4821", PERSON, Channel.SMS,
                NotificationPurpose.ALERT, Grade.HIGH, 1, -1, Examples.AT))
                .hasMessage("round must be at least 0, was -1");
    }

    @Test
    void needsWhoAndWhy() {
        assertThatThrownBy(() -> NotificationRequested.of(ALERT, "4821", " ", Channel.SMS,
                NotificationPurpose.ALERT, Grade.HIGH, 1, 0, Examples.AT))
                .hasMessage("personId must not be blank");
        assertThatThrownBy(() -> NotificationRequested.of(ALERT, "4821", PERSON, Channel.SMS, null, Grade.HIGH,
                1, 0, Examples.AT))
                .hasMessage("purpose must not be null");
        assertThatThrownBy(() -> new NotificationRequested(1, " ", ALERT, "4821", PERSON, Channel.SMS,
                NotificationPurpose.ALERT, Grade.HIGH, 1, 0, Examples.AT))
                .hasMessage("idempotencyKey must not be blank");
    }

    @Test
    void saysWhoIsOnItOnlyWhenTellingTheNetworkSo() {
        NotificationRequested onIt = NotificationRequested.of(ALERT, "4821", PERSON, Channel.SMS,
                NotificationPurpose.SOMEONE_ON_IT, Grade.HIGH, 1, 0, Examples.AT).naming(List.of("r-1", "r-2"));

        assertThat(onIt.onIt()).containsExactly("r-1", "r-2");
        assertThat(NotificationRequested.of(ALERT, "4821", PERSON, Channel.SMS, NotificationPurpose.ALERT, Grade.HIGH,
                1, 0, Examples.AT).onIt()).isEmpty();
        assertThatThrownBy(() -> NotificationRequested.of(ALERT, "4821", PERSON, Channel.SMS,
                NotificationPurpose.ALERT, Grade.HIGH, 1, 0, Examples.AT).naming(List.of("r-1")))
                .hasMessage("onIt is only for SOMEONE_ON_IT, not ALERT");
    }

    @Test
    void aRequestWithoutOnItReadsAsNamingNobody() {
        String json = new String(EventJson.write(NotificationRequested.of(ALERT, "4821",
                PERSON, Channel.SMS, NotificationPurpose.ALERT, Grade.HIGH, 1, 0, Examples.AT)),
                StandardCharsets.UTF_8).replace(",\"onIt\":[]", "");

        assertThat(json).doesNotContain("onIt");
        assertThat(EventJson.read(json.getBytes(StandardCharsets.UTF_8),
                NotificationRequested.class).onIt()).isEmpty();
    }

    private static NotificationRequested request(Channel channel, NotificationPurpose purpose) {
        return NotificationRequested.of(ALERT, "4821", PERSON, channel, purpose, Grade.HIGH, 1, 0, Examples.AT,
                org.centinela.contracts.alert.BriefDisclosure.ON_ACK, 1);
    }

    @Test
    void withoutARuleARequestCarriesNoBrief() {
        NotificationRequested plain = NotificationRequested.of(ALERT, "4821", PERSON, Channel.EMAIL,
                NotificationPurpose.ALERT, Grade.HIGH, 1, 0, Examples.AT);
        assertThat(plain.brief()).isEqualTo(org.centinela.contracts.alert.BriefDisclosure.NEVER);
        assertThat(plain.briefVersion()).isZero();
        assertThat(plain.carriesBrief()).isFalse();
    }

    @Test
    void underOnContactACallAndAnEmailCarryTheBriefButTheAlertSmsStaysShort() {
        var onContact = org.centinela.contracts.alert.BriefDisclosure.ON_CONTACT;
        assertThat(request(Channel.VOICE, NotificationPurpose.ALERT).disclosing(onContact, 2).carriesBrief()).isTrue();
        assertThat(request(Channel.EMAIL, NotificationPurpose.REMINDER).disclosing(onContact, 2).carriesBrief())
                .isTrue();
        assertThat(request(Channel.SMS, NotificationPurpose.ALERT).disclosing(onContact, 2).carriesBrief()).isFalse();
        assertThat(request(Channel.EMAIL, NotificationPurpose.STAND_DOWN).disclosing(onContact, 2).carriesBrief())
                .isFalse();
        var onAck = org.centinela.contracts.alert.BriefDisclosure.ON_ACK;
        assertThat(request(Channel.VOICE, NotificationPurpose.ALERT).disclosing(onAck, 2).carriesBrief()).isFalse();
        assertThat(request(Channel.SMS, NotificationPurpose.BRIEF).disclosing(onAck, 2).carriesBrief()).isTrue();
    }

    @Test
    void theBriefIsNeverCalledAndNeedsARuleThatAllowsItAndAVersion() {
        var onAck = org.centinela.contracts.alert.BriefDisclosure.ON_ACK;
        assertThatThrownBy(() -> request(Channel.VOICE, NotificationPurpose.BRIEF))
                .hasMessage("BRIEF is sent by SMS or e-mail, never by a call");
        assertThatThrownBy(() -> request(Channel.SMS, NotificationPurpose.BRIEF_UPDATE)
                .disclosing(org.centinela.contracts.alert.BriefDisclosure.NEVER, 1))
                .hasMessage("BRIEF_UPDATE needs a disclosure rule that allows the brief");
        assertThatThrownBy(() -> request(Channel.SMS, NotificationPurpose.BRIEF).disclosing(onAck, 0))
                .hasMessage("a message that carries the brief needs briefVersion of at least 1");
    }

    @Test
    void aRequestOfAnOlderProducerWithoutTheBriefIsRead() {
        String json = "{\"schemaVersion\":1,\"idempotencyKey\":\"k\",\"alertId\":\"" + ALERT
                + "\",\"alertCode\":\"4821\",\"personId\":\"p\",\"channel\":\"SMS\",\"purpose\":\"ALERT\","
                + "\"grade\":\"HIGH\",\"level\":1,\"round\":0,\"requestedAt\":\"2025-03-08T14:05:09Z\"}";
        NotificationRequested read = EventJson.read(json.getBytes(StandardCharsets.UTF_8), NotificationRequested.class);
        assertThat(read.brief()).isEqualTo(org.centinela.contracts.alert.BriefDisclosure.NEVER);
        assertThat(read.briefVersion()).isZero();
    }
}
