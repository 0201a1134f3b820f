package org.centinela.risk.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.alert.LifecycleKind;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.risk.Signals;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** signals.received → signals.assessed through the in-memory connector, on the real test database. */
@QuarkusTest
class AssessmentPipelineTest {

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySink<byte[]> assessed;

    @BeforeEach
    void clear() {
        assessed = connector.sink("assessed");
        assessed.clear();
    }

    @Test
    void aPanicIsAssessedWithItsFactorsAndKeyedByTheDefender() {
        String defender = "def-" + UUID.randomUUID();
        connector.source("signals").send(List.of(EventJson.write(Signals.panic(defender, "hombres armados afuera de la casa"))));

        Message<byte[]> out = awaitOne();
        SignalAssessed assessment = EventJson.read(out.getPayload(), SignalAssessed.class);
        assertThat(out.getMetadata(OutgoingKafkaRecordMetadata.class)).hasValueSatisfying(m -> assertThat(m.getKey()).isEqualTo(defender));
        assertThat(assessment.grade()).isIn(Grade.HIGH, Grade.CRITICAL);
        assertThat(assessment.factors()).extracting(RiskFactor::code).contains("type.panic").anyMatch(code -> code.startsWith("keyword."));
        assertThat(assessment.factors()).extracting(RiskFactor::explanation).anyMatch(text -> text.contains("armados"));
    }

    @Test
    void aRedeliveredSignalGetsTheSameAssessmentNeverASecondOne() {
        SignalReceived signal = Signals.panic("def-" + UUID.randomUUID(), "me siguen");
        connector.source("signals").send(List.of(EventJson.write(signal)));
        connector.source("signals").send(List.of(EventJson.write(signal)));

        await().atMost(Duration.ofSeconds(10)).until(() -> assessed.received().size() == 2);
        List<SignalAssessed> both = assessed.received().stream().map(m -> EventJson.read(m.getPayload(), SignalAssessed.class)).toList();
        assertThat(both.get(1)).isEqualTo(both.get(0));
    }

    @Test
    void herBaselineAndHerRecentAlertsRaiseTheScore() {
        String calm = "def-" + UUID.randomUUID();
        String threatened = "def-" + UUID.randomUUID();
        connector.source("directory").send(EventJson.write(Signals.defender(calm, 0, "GT")));
        connector.source("directory").send(EventJson.write(Signals.defender(threatened, 3, "GT")));
        connector.source("lifecycle").send(EventJson.write(new AlertLifecycle(UUID.randomUUID(), "4821", threatened,
                LifecycleKind.OPENED, AlertState.OPEN, Grade.HIGH, 1, true, UUID.randomUUID(), null, Instant.now().minusSeconds(86_400))));

        connector.source("signals").send(List.of(EventJson.write(Signals.panic(calm, "REPORTE"))));
        SignalAssessed calmScore = EventJson.read(awaitOne().getPayload(), SignalAssessed.class);
        assessed.clear();
        connector.source("signals").send(List.of(EventJson.write(Signals.panic(threatened, "REPORTE"))));
        SignalAssessed threatenedScore = EventJson.read(awaitOne().getPayload(), SignalAssessed.class);

        assertThat(threatenedScore.score()).isGreaterThan(calmScore.score());
        assertThat(threatenedScore.factors()).extracting(RiskFactor::code).contains("baseline", "history.alerts30d");
    }

    @Test
    void anAssessmentCarriesTheCountryOfHerProfileAndAStrangersNone() {
        String hondurena = "def-" + UUID.randomUUID();
        String notYetKnown = "def-" + UUID.randomUUID();
        connector.source("directory").send(EventJson.write(Signals.defender(hondurena, 1, "HN")));

        connector.source("signals").send(List.of(EventJson.write(Signals.panic(hondurena, "SOS"))));
        assertThat(EventJson.read(awaitOne().getPayload(), SignalAssessed.class).country()).isEqualTo("HN");
        assessed.clear();
        connector.source("signals").send(List.of(EventJson.write(Signals.panic(notYetKnown, "SOS"))));
        assertThat(EventJson.read(awaitOne().getPayload(), SignalAssessed.class).country()).isNull();
        assessed.clear();
        connector.source("signals").send(List.of(EventJson.write(Signals.fromUnknownNumber("SOS"))));
        assertThat(EventJson.read(awaitOne().getPayload(), SignalAssessed.class).country()).isNull();
    }

    @Test
    void whatIsNotASignalIsRefusedAndTheNextIsAssessed() {
        InMemorySink<byte[]> dead = connector.sink("signals-dead-letters");
        dead.clear();
        connector.source("signals").send(List.of("{\"not\": \"a signal\"}".getBytes(),
                EventJson.write(Signals.panic("def-" + UUID.randomUUID(), "SOS"))));

        assertThat(awaitOne()).isNotNull();
        await().atMost(Duration.ofSeconds(10)).until(() -> dead.received().size() == 1);
        assertThat(new String(dead.received().get(0).getPayload())).isEqualTo("{\"not\": \"a signal\"}");
    }

    @Test
    void repeatedSignalsInOneBatchCountAsRepeats() {
        String defender = "def-" + UUID.randomUUID();
        connector.source("signals").send(List.of(EventJson.write(Signals.panic(defender, "SOS")),
                EventJson.write(Signals.panic(defender, "SOS")), EventJson.write(Signals.panic(defender, "SOS"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> assessed.received().size() == 3);
        SignalAssessed third = EventJson.read(assessed.received().get(2).getPayload(), SignalAssessed.class);
        assertThat(third.factors()).extracting(RiskFactor::code).contains("history.repeat10m");
        assertThat(third.score()).isGreaterThan(EventJson.read(assessed.received().get(0).getPayload(), SignalAssessed.class).score());
    }

    private Message<byte[]> awaitOne() {
        await().atMost(Duration.ofSeconds(10)).until(() -> assessed.received().size() == 1);
        return assessed.received().get(0);
    }
}
