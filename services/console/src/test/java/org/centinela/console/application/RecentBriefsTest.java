package org.centinela.console.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.console.application.Escalation.ALERT;
import static org.centinela.console.application.Escalation.T0;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.centinela.console.domain.AlertBrief;
import org.centinela.console.domain.NotAllowed;
import org.junit.jupiter.api.Test;

class RecentBriefsTest {

    private final Escalation escalation = new Escalation();
    private final MovingClock clock = new MovingClock();
    private final RecentBriefs briefs = new RecentBriefs(escalation, clock, Duration.ofMinutes(5));

    @Test
    void aBriefIsReadOnceAndShownAgainUntilItsAlertChanges() {
        assertThat(briefs.of("operadora", ALERT)).map(AlertBrief::version).contains(1L);
        escalation.brief = () -> Escalation.brief(2);
        assertThat(briefs.of("operadora", ALERT)).map(AlertBrief::version).as("the page refreshed: nothing new")
                .contains(1L);
        briefs.changed(UUID.randomUUID());
        assertThat(briefs.of("operadora", ALERT)).map(AlertBrief::version).as("another alert changed").contains(1L);
        assertThat(escalation.briefsAsked()).isEqualTo(1);

        briefs.changed(ALERT);

        assertThat(briefs.of("operadora", ALERT)).map(AlertBrief::version).contains(2L);
        assertThat(escalation.briefsAsked()).isEqualTo(2);
    }

    @Test
    void aChangeWhileEscalationIsAskedMakesWhatItAnsweredOld() {
        escalation.brief = () -> {
            briefs.changed(ALERT);
            return Escalation.brief(1);
        };

        briefs.of("operadora", ALERT);
        escalation.brief = () -> Escalation.brief(2);

        assertThat(briefs.of("operadora", ALERT)).map(AlertBrief::version).contains(2L);
    }

    @Test
    void eachReaderReadsForHerselfAndNothingIsKeptLongerThanItsTime() {
        briefs.of("operadora", ALERT);
        briefs.of("operadora-2", ALERT);
        assertThat(escalation.briefsAsked()).isEqualTo(2);

        clock.now = T0.plus(Duration.ofMinutes(4));
        briefs.of("operadora", ALERT);
        assertThat(escalation.briefsAsked()).isEqualTo(2);
        clock.now = T0.plus(Duration.ofMinutes(5));
        briefs.of("operadora", ALERT);
        assertThat(escalation.briefsAsked()).isEqualTo(3);
    }

    @Test
    void aBriefNotDisclosedToHerIsNoneAndIsAskedAgainOnceTheAlertChanges() {
        escalation.brief = () -> {
            throw new NotAllowed("brief");
        };

        assertThat(briefs.of("ana", ALERT)).isEmpty();
        assertThat(briefs.of("ana", ALERT)).isEmpty();
        assertThat(escalation.briefsAsked()).isEqualTo(1);

        escalation.brief = () -> Escalation.brief(3);
        briefs.changed(ALERT);

        assertThat(briefs.of("ana", ALERT)).map(AlertBrief::version).as("her acknowledgement disclosed it").contains(3L);
    }

    /** A clock the test moves. */
    private static final class MovingClock extends Clock {

        Instant now = T0;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
