package org.centinela.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TopicsTest {

    @Test
    void listsTheTopicsOfTheContractAndTheBriefs() {
        assertThat(Topics.ALL).containsExactly(
                "signals.received",
                "signals.assessed",
                "alerts.responses",
                "notifications.requested",
                "notifications.status",
                "alerts.lifecycle",
                "directory.people",
                "alerts.briefs");
    }

    @Test
    void deadLetterTopicAddsDlq() {
        assertThat(Topics.deadLetter(Topics.SIGNALS_RECEIVED)).isEqualTo("signals.received.dlq");
    }

    @Test
    void deadLetterOfNothingIsRefused() {
        assertThatThrownBy(() -> Topics.deadLetter(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("topic must not be blank");
    }

    @ParameterizedTest
    @MethodSource("org.centinela.contracts.Examples#all")
    void everyEventNamesATopicOfTheContractAndAVersionedType(CentinelaEvent event) {
        assertThat(Topics.ALL).contains(event.topic());
        assertThat(event.cloudEventType()).matches("org\\.centinela\\.[a-z]+(\\.[a-z]+)+\\.v" + event.schemaVersion());
        assertThat(event.key()).isNotBlank();
    }

    @Test
    void eachTopicCarriesOneEventType() {
        assertThat(Examples.all().map(CentinelaEvent::topic).distinct()).hasSameSizeAs(Topics.ALL);
        assertThat(Examples.all().map(CentinelaEvent::cloudEventType).distinct()).hasSameSizeAs(Topics.ALL);
    }
}
