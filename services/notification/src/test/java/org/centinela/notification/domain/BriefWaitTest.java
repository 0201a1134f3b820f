package org.centinela.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.signal.Grade;
import org.junit.jupiter.api.Test;

class BriefWaitTest {

    private static final Instant REQUESTED = Instant.parse("2026-03-07T20:05:00Z");
    private final BriefWait wait = new BriefWait(Duration.ofSeconds(30), Duration.ofSeconds(1));
    private final UUID alert = UUID.randomUUID();

    @Test
    void aStepThatNeedsNoBriefGoesWithoutOne() {
        for (Step step : List.of(step(Channel.SMS, NotificationPurpose.ALERT, BriefDisclosure.ON_CONTACT, 3),
                step(Channel.EMAIL, NotificationPurpose.ALERT, BriefDisclosure.ON_ACK, 3),
                step(Channel.EMAIL, NotificationPurpose.STAND_DOWN, BriefDisclosure.ON_CONTACT, 0),
                step(Channel.VOICE, NotificationPurpose.ALERT, BriefDisclosure.NEVER, 0))) {
            assertThat(step.needsBrief()).as("%s", step).isFalse();
            assertThat(wait.choose(step, KnownBrief.of(brief(3)), REQUESTED, REQUESTED)).isEqualTo(new BriefWait.Without());
        }
    }

    @Test
    void aPhoneSeizedNoticeIsNoBriefAndWaitsForNoneWhateverHerLevelDisclosesAndOnEveryChannel() {
        for (Channel channel : Channel.values()) {
            for (BriefDisclosure rule : BriefDisclosure.values()) {
                Step step = step(channel, NotificationPurpose.PHONE_SEIZED, rule, 3);
                assertThat(step.carriesBrief()).as("%s %s", channel, rule).isFalse();
                assertThat(step.needsBrief()).as("%s %s", channel, rule).isFalse();
                assertThat(wait.choose(step, KnownBrief.none(), REQUESTED, REQUESTED)).isEqualTo(new BriefWait.Without());
                assertThat(wait.choose(step, KnownBrief.ended(), REQUESTED, REQUESTED)).isEqualTo(new BriefWait.Without());
            }
        }
    }

    @Test
    void theVersionAskedForOrALaterOneGoesAtOnce() {
        Step step = step(Channel.SMS, NotificationPurpose.BRIEF, BriefDisclosure.ON_CONTACT, 3);

        assertThat(wait.choose(step, KnownBrief.of(brief(3)), REQUESTED, REQUESTED)).isEqualTo(new BriefWait.With(brief(3)));
        assertThat(wait.choose(step, KnownBrief.of(brief(5)), REQUESTED, REQUESTED)).isEqualTo(new BriefWait.With(brief(5)));
    }

    @Test
    void anOlderVersionOrNoneIsWaitedForAndLookedAtAgainShortlyUntilTheBound() {
        Step step = step(Channel.EMAIL, NotificationPurpose.ALERT, BriefDisclosure.ON_CONTACT, 3);

        assertThat(wait.choose(step, KnownBrief.of(brief(2)), REQUESTED, REQUESTED.plusSeconds(10)))
                .isEqualTo(new BriefWait.Wait(REQUESTED.plusSeconds(11)));
        assertThat(wait.choose(step, KnownBrief.none(), REQUESTED, REQUESTED.plusMillis(29_500)))
                .isEqualTo(new BriefWait.Wait(REQUESTED.plusSeconds(30)));
    }

    @Test
    void aCallThatSaysTheBriefAfterKeyOneWaitsForItToo() {
        Step step = step(Channel.VOICE, NotificationPurpose.ESCALATION, BriefDisclosure.ON_ACK, 2);

        assertThat(step.carriesBrief()).isFalse();
        assertThat(step.needsBrief()).isTrue();
        assertThat(wait.choose(step, KnownBrief.none(), REQUESTED, REQUESTED)).isInstanceOf(BriefWait.Wait.class);
    }

    @Test
    void afterTheBoundTheNewestBriefHeldGoes() {
        Step step = step(Channel.SMS, NotificationPurpose.BRIEF_UPDATE, BriefDisclosure.ON_ACK, 3);

        assertThat(wait.choose(step, KnownBrief.of(brief(2)), REQUESTED, REQUESTED.plusSeconds(30)))
                .isEqualTo(new BriefWait.With(brief(2)));
    }

    @Test
    void afterTheBoundWithNoBriefABriefFailsAndACallOrAnEmailGoesWithoutIt() {
        BriefWait.Choice sms = wait.choose(step(Channel.SMS, NotificationPurpose.BRIEF, BriefDisclosure.ON_CONTACT, 1),
                KnownBrief.none(), REQUESTED, REQUESTED.plusSeconds(31));
        BriefWait.Choice email = wait.choose(step(Channel.EMAIL, NotificationPurpose.REMINDER, BriefDisclosure.ON_CONTACT, 1),
                KnownBrief.none(), REQUESTED, REQUESTED.plusSeconds(31));

        assertThat(sms).isInstanceOfSatisfying(BriefWait.Refused.class, refused -> {
            assertThat(refused.failure().kind()).isEqualTo(Failure.Kind.PERMANENT);
            assertThat(refused.failure().code()).isEqualTo("no-brief");
        });
        assertThat(email).isEqualTo(new BriefWait.Without());
    }

    @Test
    void onceTheAlertIsOverABriefFailsAtOnceAndACallOrAnEmailGoesWithoutIt() {
        BriefWait.Choice update = wait.choose(step(Channel.EMAIL, NotificationPurpose.BRIEF_UPDATE, BriefDisclosure.ON_ACK, 4),
                KnownBrief.ended(), REQUESTED, REQUESTED);
        BriefWait.Choice call = wait.choose(step(Channel.VOICE, NotificationPurpose.ALERT, BriefDisclosure.ON_CONTACT, 4),
                KnownBrief.ended(), REQUESTED, REQUESTED);

        assertThat(update).isInstanceOfSatisfying(BriefWait.Refused.class,
                refused -> assertThat(refused.failure().code()).isEqualTo("alert-over"));
        assertThat(call).isEqualTo(new BriefWait.Without());
    }

    private Step step(Channel channel, NotificationPurpose purpose, BriefDisclosure rule, long version) {
        return new Step("key-" + UUID.randomUUID(), UUID.randomUUID(), alert, "4821", "person-1", channel, purpose,
                Grade.HIGH, 1, 0, List.of(), rule, version);
    }

    private AlertBrief brief(long version) {
        return new AlertBrief(alert, "4821", "def-1", "Marta", null, "es", "GT", null, Grade.HIGH, List.of(), List.of(),
                List.of(), version, REQUESTED);
    }
}
