package org.centinela.contracts.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Examples;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.junit.jupiter.api.Test;

class AlertBriefTest {

    private static AlertBrief.BriefSignal located(String text, double lat, Instant at) {
        return new AlertBrief.BriefSignal(UUID.randomUUID(), SignalType.PANIC, SignalSource.APP, at, text,
                new Location(lat, -90.37, 10.0), at, null);
    }

    private static AlertBrief with(List<AlertBrief.BriefSignal> signals) {
        return new AlertBrief(Examples.ALERT_ID, "4821", Examples.DEFENDER_ID, "Marta", null, "es", "GT",
                Examples.PHONE, Grade.HIGH, List.of(), signals, List.of(), 1, Examples.AT);
    }

    @Test
    void isKeyedByTheAlertOnTheBriefsTopic() {
        assertThat(Examples.brief().key()).isEqualTo(Examples.ALERT_ID.toString());
        assertThat(Examples.brief().topic()).isEqualTo("alerts.briefs");
    }

    @Test
    void theLatestLocationIsTheMostRecentFixAndTheFirstWordsTheFirstTextShe_wrote() {
        Instant t0 = Examples.AT;
        AlertBrief brief = with(List.of(located(null, 15.1, t0), located("me siguen", 15.3, t0.plusSeconds(60)),
                located("ya en el parque", 15.2, t0.plusSeconds(30))));
        assertThat(brief.latestLocated()).get().extracting(s -> s.location().lat()).isEqualTo(15.3);
        assertThat(brief.firstWords()).contains("me siguen");
        assertThat(with(List.of()).latestLocated()).isEmpty();
        assertThat(with(List.of()).firstWords()).isEmpty();
    }

    @Test
    void aLocationComesWithItsTimeAndATimeWithItsLocation() {
        assertThatThrownBy(() -> new AlertBrief.BriefSignal(UUID.randomUUID(), SignalType.PANIC, SignalSource.APP,
                Examples.AT, null, new Location(1, 1, null), null, null))
                .hasMessage("locatedAt goes with a location, and only with one");
        assertThatThrownBy(() -> new AlertBrief.BriefSignal(UUID.randomUUID(), SignalType.PANIC, SignalSource.APP,
                Examples.AT, null, null, Examples.AT, null))
                .hasMessage("locatedAt goes with a location, and only with one");
    }

    @Test
    void aVersionStartsAtOne() {
        assertThatThrownBy(() -> new AlertBrief(Examples.ALERT_ID, "4821", Examples.DEFENDER_ID, null, null, null,
                null, null, Grade.LOW, null, null, null, 0, Examples.AT))
                .hasMessageContaining("version");
    }

    @Test
    void readsBackWhatItWrote() {
        AlertBrief brief = Examples.brief();
        assertThat(EventJson.read(EventJson.write(brief), AlertBrief.class)).isEqualTo(brief);
    }

    @Test
    void itsTextNamesNeitherHerNorHerPhoneNorHerWordsNorHerPlace() {
        assertThat(Examples.brief().toString())
                .contains(Examples.ALERT_ID.toString(), "CRITICAL")
                .doesNotContain("Marta", "Q'anil", Examples.PHONE, Examples.TEXT, "15.47", "90.37");
    }
}
